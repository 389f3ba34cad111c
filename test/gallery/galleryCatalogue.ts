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
  const privacy = await whatDoYouKnow({} as TurnContext, state);
  return [...replyCatalogue(), ['privacy', privacy]];
}
