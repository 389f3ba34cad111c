/**
 * The replies the gallery shows: the renderer tests' catalogue plus the replies built from a
 * conversation's state (privacy), made here with the real builder on a stand-in state.
 */
import type { TurnContext } from 'botbuilder';
import type { BotState } from '../../dialogs/conversationMemory';
import { whatDoYouKnow } from '../../dialogs/privacy';
import type { Reply } from '../../dialogs/replies/replyModel';
import { replyCatalogue } from '../dialogs/rendering/replyCatalogue';

export async function galleryCatalogue(): Promise<[string, Reply][]> {
  const kept = <T>(value: T) => ({ get: async () => value });
  const state = {
    profile: kept({ diet: 'vegan' }),
    memory: kept({
      last: { intent: 'foodsForNutrient' },
      lastInterview: { symptoms: ['cramps'], factors: { diet: 'vegan' }, triage: [] },
    }),
  } as unknown as BotState;
  const at = Date.parse('2026-05-01T09:00:00Z');
  const privacy = await whatDoYouKnow({ activity: { channelId: 'webchat', from: { id: 'u' } } } as TurnContext, {
    state,
    clock: { now: () => at },
    checkIns: {
      reachable: () => true,
      schedule: async () => undefined,
      pending: async () => ({ dueAt: at + 14 * 86_400_000 }),
      cancel: async () => true,
    },
  });
  return [...replyCatalogue(), ['privacy', privacy]];
}
