/**
 * A bot on botbuilder's TestAdapter, with the same wiring, error handler and state store as production
 * (STORAGE=memory's InProcessStorage, not botbuilder's MemoryStorage).
 */
import type { Activity, Storage } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import { type BotOptions, createBot } from '../../dialogs/createBot';
import { handleTurnErrors } from '../../src/adapter';
import { createLogger } from '../../src/logger';
import { InProcessStorage } from '../../src/state/inProcessStorage';
import { knowledgeBase } from './knowledge';

export function testBot(
  channelId = 'test',
  storage: Storage = new InProcessStorage({ ttlSeconds: 24 * 60 * 60 }),
  conversationId = `c-${Math.random()}`,
  options?: BotOptions,
) {
  const created = createBot(knowledgeBase(), storage, options);
  const adapter = new TestAdapter(async (context) => created.bot.run(context), {
    channelId,
    conversation: { id: conversationId },
  } as never);
  handleTurnErrors(adapter, created.deps, createLogger('silent'));
  return { adapter, ...created };
}

export function joinActivity(): Partial<Activity> {
  return {
    type: 'conversationUpdate',
    membersAdded: [{ id: 'user', name: 'User' }],
    recipient: { id: 'bot', name: 'Bot' },
  };
}

/** Sends one message and collects every reply the bot makes to it. */
export async function say(adapter: TestAdapter, text: string): Promise<Partial<Activity>[]> {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity(text);
  return adapter.activeQueue.splice(0);
}

export const texts = (activities: Partial<Activity>[]) => activities.map((a) => a.text ?? '').join('\n\n');

/** The text of the bot's replies to the last of these messages, said in turn in a new test conversation. */
export async function lastReply(...messages: string[]): Promise<string> {
  const { adapter } = testBot('test');
  let reply = '';
  for (const m of messages) reply = texts(await say(adapter, m));
  return reply;
}
export const suggestions = (activity: Partial<Activity> | undefined) =>
  activity?.suggestedActions?.actions.map((a) => String(a.title)) ?? [];
