/** Wires the knowledge base, state and dialogs into one bot: the same for every adapter. */
import { MemoryStorage, type Storage, type TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { deliverCheckIn } from './checkins/checkInConversation';
import type { CheckInScheduler, DeliveryOutcome, DueCheckIn } from './checkins/checkInTypes';
import { type Clock, systemClock } from './clock';
import type { Insights } from './insights';
import { Recognizer } from '../knowledge/understanding/recognize';
import { createBotState } from './conversationMemory';
import { createAssessmentEngine } from './interview/createAssessmentEngine';
import type { DialogDeps } from './dialogDeps';
import { MainDialog } from './mainDialog';
import { NutritionBot } from './nutritionBot';
import { ReplySender } from './replies/replySender';
import { snapshotConversationState, snapshotUserState } from './snapshotBotState';

export interface CreatedBot {
  bot: NutritionBot;
  deps: DialogDeps;
  /** Sends a due check-in in the conversation the scheduler opened (or says it must wait). */
  deliverCheckIn(context: TurnContext, due: DueCheckIn): Promise<DeliveryOutcome>;
}

export interface BotOptions {
  /** An organisation's own contact for a person to talk to (HANDOFF_CONTACT). */
  handoffContact?: string;
  /** Where the time comes from (tests move it on). */
  clock?: Clock;
  /** Plans check-ins after symptom checks; without one, none are offered. */
  checkIns?: CheckInScheduler;
  /** Collects ratings, comments and unanswered questions for the team. */
  insights?: Insights;
  /** "Was this helpful?" on answers and results (needs insights; on by default when they are given). */
  feedback?: boolean;
}

export function createBot(
  kb: KnowledgeBase,
  storage: Storage = new MemoryStorage(),
  options: BotOptions = {},
): CreatedBot {
  const state = createBotState(snapshotConversationState(storage), snapshotUserState(storage));
  const deps: DialogDeps = {
    kb,
    recognizer: new Recognizer(kb),
    sender: new ReplySender(kb, state, { feedback: Boolean(options.insights) && options.feedback !== false }),
    state,
    engine: createAssessmentEngine(kb),
    clock: options.clock ?? systemClock,
    ...(options.handoffContact ? { handoffContact: options.handoffContact } : {}),
    ...(options.checkIns ? { checkIns: options.checkIns } : {}),
    ...(options.insights ? { insights: options.insights } : {}),
  };
  return {
    bot: new NutritionBot(deps, new MainDialog(deps)),
    deps,
    deliverCheckIn: (context, due) => deliverCheckIn(context, deps, due),
  };
}
