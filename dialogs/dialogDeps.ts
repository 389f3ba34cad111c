/** What every dialog, route and flow needs: the knowledge, the recogniser, state, and how to reply. */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Recognizer } from '../knowledge/understanding/recognize';
import type { CheckInScheduler } from './checkins/checkInTypes';
import type { Clock } from './clock';
import type { BotState } from './conversationMemory';
import type { Insights } from './insights';
import type { AssessmentEngine } from './interview/assessmentEngine';
import type { ReplySender } from './replies/replySender';

export interface DialogDeps {
  kb: KnowledgeBase;
  recognizer: Recognizer;
  sender: ReplySender;
  state: BotState;
  engine: AssessmentEngine;
  /** An organisation's own contact for a person to talk to (HANDOFF_CONTACT), if configured. */
  handoffContact?: string;
  clock: Clock;
  /** Plans check-ins after symptom checks (absent: none are offered). */
  checkIns?: CheckInScheduler;
  /** Where ratings, comments and unanswered questions go for the team (absent: none are collected). */
  insights?: Insights;
}
