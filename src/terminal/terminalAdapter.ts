/**
 * An in-process adapter for the terminal chat: turns typed lines into message activities for the same
 * bot, and prints replies with their suggested actions as numbered options.
 */
import {
  type Activity,
  ActivityTypes,
  type ConversationReference,
  type ResourceResponse,
  TurnContext,
} from 'botbuilder';
import { renderNumberedChoices } from '../../dialogs/rendering/renderText';
import { OutboundOnlyAdapter } from '../outboundOnlyAdapter';

const CHANNEL = 'terminal';

export class TerminalAdapter extends OutboundOnlyAdapter {
  protected readonly channelName = 'The terminal';
  private nextId = 1;
  private readonly reference: ConversationReference = {
    channelId: CHANNEL,
    serviceUrl: 'http://localhost',
    conversation: { id: `terminal-${process.pid}`, isGroup: false, conversationType: 'personal', name: 'terminal' },
    bot: { id: 'nutribot', name: 'NutriBot' },
    user: { id: 'you', name: 'You' },
  };

  constructor(private readonly write: (text: string) => void) {
    super();
  }

  /** Sends a typed line to the bot; the bot itself reads the number of an option as that option. */
  async say(line: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runTurn({ type: ActivityTypes.Message, text: line }, logic);
  }

  /** Starts the conversation the way channels do: the person joins. */
  async join(logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runTurn({ type: ActivityTypes.ConversationUpdate, membersAdded: [this.reference.user!] }, logic);
  }

  private async runTurn(partial: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = {
      ...TurnContext.applyConversationReference({ ...partial, id: String(this.nextId++) }, this.reference, true),
      timestamp: new Date(),
      locale: 'en-US',
    } as Activity;
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const activity of activities) {
      if (activity.type !== ActivityTypes.Message) continue;
      const choices = activity.suggestedActions?.actions.map((a) => String(a.title ?? a.value)) ?? [];
      const text = (activity.text ?? '').replace(/\*\*(.+?)\*\*/g, '\x1b[1m$1\x1b[0m');
      this.write(`\n${text}${choices.length ? `\n\n${renderNumberedChoices(choices)}` : ''}\n`);
    }
    return activities.map(() => ({ id: String(this.nextId++) }));
  }
}
