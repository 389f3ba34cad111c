/**
 * The base of the project's own adapters (terminal, direct Slack, local Direct Line): they deliver the
 * bot's replies but can't edit or delete sent messages or start conversations, and say so plainly.
 */
import { BotAdapter, type ConversationReference, type TurnContext } from 'botbuilder';

export abstract class OutboundOnlyAdapter extends BotAdapter {
  protected abstract readonly channelName: string;

  async updateActivity(): Promise<void> {
    throw new Error(`${this.channelName} does not support updating messages.`);
  }

  async deleteActivity(): Promise<void> {
    throw new Error(`${this.channelName} does not support deleting messages.`);
  }

  async continueConversation(
    _reference: Partial<ConversationReference>,
    _logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    throw new Error(`${this.channelName} does not support proactive messages.`);
  }
}
