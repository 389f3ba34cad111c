/**
 * The bot: what applies to every message before any dialog runs (the red-flag screen, the welcome),
 * then the dialogs, then saving state at the end of the turn.
 */
import { ActivityHandler, type TurnContext } from 'botbuilder';
import { urgentCare } from './answers/safetyAnswers';
import { welcome } from './answers/generalAnswers';
import type { DialogDeps, MainDialog } from './mainDialog';

export const RED_FLAGS_ANSWERED = Symbol('redFlagsAnswered');

export class NutritionBot extends ActivityHandler {
  constructor(
    private readonly deps: DialogDeps,
    private readonly dialog: MainDialog,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.resolveNumberedChoice(context);
      await this.screenForRedFlags(context);
      await this.dialog.run(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (people.length) await this.deps.sender.send(context, welcome(this.deps.kb));
      await next();
    });
  }

  /** Saves conversation and user state after every turn, whatever the handlers did. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.state.conversationState.saveChanges(context, false);
    await this.deps.state.userState.saveChanges(context, false);
  }

  /** "2" after a list of choices means the second choice, on channels that show them as numbers. */
  private async resolveNumberedChoice(context: TurnContext): Promise<void> {
    const picked = /^\s*(\d{1,2})\s*$/.exec(context.activity.text ?? '');
    if (!picked) return;
    const memory = await this.deps.state.memory.get(context, {});
    const choice = memory.lastSuggestions?.[Number(picked[1]) - 1];
    if (choice) context.activity.text = choice;
  }

  /** Red flags are answered first, in any message, before anything else is said. */
  private async screenForRedFlags(context: TurnContext): Promise<void> {
    const flags = this.deps.kb.screenRedFlags(context.activity.text ?? '');
    if (!flags.length) return;
    context.turnState.set(
      RED_FLAGS_ANSWERED,
      flags.map((f) => f.id),
    );
    await this.deps.sender.send(context, urgentCare(flags));
  }
}
