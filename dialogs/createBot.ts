/** Wires the knowledge base, state and dialogs into one bot: the same for every adapter. */
import { MemoryStorage, type Storage } from 'botbuilder';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
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
}

export interface BotOptions {
  /** An organisation's own contact for a person to talk to (HANDOFF_CONTACT). */
  handoffContact?: string;
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
    sender: new ReplySender(kb, state),
    state,
    engine: createAssessmentEngine(kb),
    ...(options.handoffContact ? { handoffContact: options.handoffContact } : {}),
  };
  return { bot: new NutritionBot(deps, new MainDialog(deps)), deps };
}
