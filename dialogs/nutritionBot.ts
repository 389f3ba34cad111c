/**
 * The bot: what applies to every message before any dialog runs (Teams mentions, numbered choices, the
 * red-flag screen, the welcome), then the dialogs, then saving state at the end of the turn.
 */
import { type ChannelAccount, Channels, type InvokeResponse, TeamsActivityHandler, TurnContext } from 'botbuilder';
import { attachmentsOnly, readFirstPartOnly, welcome } from './answers/generalAnswers';
import { urgentCare } from './answers/safetyAnswers';
import type { ToldWarnings } from './conversationMemory';
import type { DialogDeps } from './dialogDeps';
import { feedbackSubmission, teamsFeedback } from './feedback/feedback';
import { rate, ratedAnswer } from './feedback/feedbackTurns';
import type { MainDialog } from './mainDialog';
import { setAnsweredWarnings } from './turnWarnings';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { numberedChoice } from '../knowledge/text';
import { addWarnings } from '../knowledge/triage/toldWarnings';
import { SCREEN_CHARS, type Warning } from '../knowledge/triage/warningScreen';

/** In Teams channels and group chats the bot speaks only when mentioned; personal chats need no mention. */
export function isAddressedToBot(context: TurnContext): boolean {
  const { channelId, conversation, recipient, entities } = context.activity;
  if (channelId !== Channels.Msteams) return true;
  if (conversation?.conversationType !== 'channel' && conversation?.conversationType !== 'groupChat') return true;
  // Stryker disable next-line ArrayDeclaration: an entity that is a bare string is no mention either.
  return (entities ?? []).some(
    (e) => e.type === 'mention' && (e as { mentioned?: ChannelAccount }).mentioned?.id === recipient?.id,
  );
}

/**
 * Who gets a welcome: in Teams, once when the bot itself is installed and when a person starts a personal
 * chat (never each person added to a large team); elsewhere, each person who joins.
 */
export function shouldWelcome(context: TurnContext, membersAdded: ChannelAccount[]): boolean {
  const botId = context.activity.recipient?.id;
  const botAdded = membersAdded.some((m) => m.id === botId);
  const peopleAdded = membersAdded.some((m) => m.id !== botId);
  if (context.activity.channelId !== Channels.Msteams) return peopleAdded;
  const personal = context.activity.conversation?.conversationType === 'personal';
  return botAdded || (personal && peopleAdded);
}

export class NutritionBot extends TeamsActivityHandler {
  constructor(
    private readonly deps: DialogDeps,
    private readonly dialog: MainDialog,
  ) {
    super();
    this.onMembersAdded(async (context, next) => {
      // Stryker disable next-line ArrayDeclaration: botbuilder calls this handler only when members were added.
      if (shouldWelcome(context, context.activity.membersAdded ?? []))
        await this.deps.sender.send(context, welcome(this.deps.kb));
      await next();
    });
  }

  /**
   * A message, through botbuilder's documented override point for it rather than a handler registered
   * with onMessage, which botbuilder runs through its handler chain (a compiled generator per step) on
   * every message; no other handler is registered for messages (docs/shortcuts.md, message-override).
   */
  protected override onMessageActivity(context: TurnContext): Promise<void> {
    return this.answerMessage(context);
  }

  /** What every message goes through: ratings, mentions, numbered choices, the red-flag screen, the dialogs. */
  async answerMessage(context: TurnContext): Promise<void> {
    // A "was this helpful?" button: in a Teams channel its click carries no mention, so it comes first.
    const rated = feedbackSubmission(context.activity.value);
    if (rated) {
      const { rating, ...tag } = rated;
      await rate(context, this.deps, tag, rating, { reply: true, flowActive: await this.dialog.isActive(context) });
      return;
    }
    if (!isAddressedToBot(context)) return;
    if (!context.activity.text?.trim() && context.activity.attachments?.length) {
      await this.deps.sender.send(context, attachmentsOnly());
      return;
    }
    // Stryker disable next-line ConditionalExpression: only Teams marks up a mention of the bot in the text.
    if (context.activity.channelId === Channels.Msteams) {
      // Stryker disable next-line LogicalOperator,MethodExpression: removeRecipientMention strips activity.text itself; the trim drops only spaces every reader ignores.
      context.activity.text = TurnContext.removeRecipientMention(context.activity)?.trim() ?? context.activity.text;
    }
    await this.resolveNumberedChoice(context);
    await this.screenForRedFlags(context);
    // Red flags first; then, for a message longer than the part that is read, that the rest was not.
    if ((context.activity.text?.length ?? 0) > SCREEN_CHARS)
      await this.deps.sender.send(context, readFirstPartOnly(SCREEN_CHARS));
    await this.dialog.run(context);
  }

  /**
   * Teams' own feedback buttons (message/submitAction): the rating, and the comment typed in Teams' form,
   * for the answer the clicked message gave. Teams thanks the person itself.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const feedback = teamsFeedback(context.activity);
    if (!feedback) return super.onInvokeActivity(context);
    const memory = await this.deps.state.memory.get(context, {});
    const tag = ratedAnswer(memory, context.activity.replyToId);
    if (tag)
      await rate(context, this.deps, tag, feedback.rating, {
        reply: false,
        // Stryker disable next-line BooleanLiteral: read only when there is a reply (to ask for a comment).
        flowActive: false,
        ...(feedback.comment ? { comment: feedback.comment } : {}),
      });
    return { status: 200, body: {} };
  }

  /** Saves conversation and user state after every turn, whatever the handlers did. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.state.conversationState.saveChanges(context, false);
    await this.deps.state.userState.saveChanges(context, false);
  }

  /** "2" after a list of choices means the second choice, on channels that show them as numbers. */
  private async resolveNumberedChoice(context: TurnContext): Promise<void> {
    // Stryker disable next-line StringLiteral: no text and any text that is not a number are alike here.
    const text = context.activity.text ?? '';
    // Most messages are no number: the memory is read only for those that are.
    // Stryker disable next-line all: a shortcut; whether a message is a number does not depend on the choices.
    if (!numberedChoice(text, [])) return;
    const memory = await this.deps.state.memory.get(context, {});
    // Stryker disable next-line OptionalChaining: a number always gives a result here (see the line above).
    const choice = numberedChoice(text, memory.lastSuggestions ?? [])?.choice;
    if (choice) context.activity.text = choice;
  }

  /**
   * Red flags are answered first, in any message, before anything else is said, and remembered for the
   * rest of the conversation: its triage level only goes up.
   */
  private async screenForRedFlags(context: TurnContext): Promise<void> {
    // Stryker disable next-line StringLiteral: no text and a text with no warning sign are alike to the screen.
    const warnings = this.deps.kb.screenRedFlags(context.activity.text ?? '');
    if (!warnings.length) return;
    setAnsweredWarnings(context, warnings);
    const memory = await this.deps.state.memory.get(context, {});
    memory.told = rememberWarnings(this.deps.kb, memory.told, warnings);
    await this.deps.sender.send(context, urgentCare(this.deps.kb, warnings));
  }
}

/** Blood results kept per conversation: the latest few are enough to say back and to triage on. */
const MAX_LABS = 4;

export function rememberWarnings(
  kb: KnowledgeBase,
  told: ToldWarnings | undefined,
  warnings: readonly Warning[],
): ToldWarnings {
  const added = addWarnings(kb.data.triage, { signs: told?.signs ?? [], labs: told?.labs ?? [] }, warnings);
  const labs = added.labs.slice(-MAX_LABS);
  return labs.length ? { signs: added.signs, labs } : { signs: added.signs };
}
