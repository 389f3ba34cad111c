import { type Activity, TeamsActivityHandler, TestAdapter, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { NutritionBot } from '../../dialogs/nutritionBot';
import { testBot } from '../support/testBot';

/** A Teams handler that overrides onMessageActivity, as the bot does, and records what reaches it. */
class Recording extends TeamsActivityHandler {
  readonly reached: string[] = [];
  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    this.reached.push(context.activity.text ?? '');
  }
}

describe('messages through onMessageActivity (docs/shortcuts.md, message-override)', () => {
  it('botbuilder hands every message, and nothing else, to onMessageActivity, in Teams and elsewhere', async () => {
    for (const channelId of ['msteams', 'slack', 'webchat']) {
      const handler = new Recording();
      const adapter = new TestAdapter((context) => handler.run(context), { channelId } as Partial<Activity> as never);
      await adapter.receiveActivity('hello');
      await adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'U' }] });
      await adapter.receiveActivity({ type: 'event', name: 'x' });
      await adapter.receiveActivity('again');
      expect(handler.reached, channelId).toEqual(['hello', 'again']);
    }
  });

  it('the bot registers no onMessage handler that the override would skip', () => {
    const { bot } = testBot();
    expect(bot).toBeInstanceOf(NutritionBot);
    const handlers = (bot as unknown as { handlers: Record<string, unknown[]> }).handlers;
    expect(handlers['Message'] ?? []).toHaveLength(0);
    // Welcomes still go through botbuilder's handlers.
    expect(handlers['MembersAdded']).toHaveLength(1);
  });
});
