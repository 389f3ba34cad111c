/**
 * Check-ins as the conversation sees them: what a planned check-in holds, and the scheduler the dialogs
 * ask to plan, list and cancel one. The scheduler itself (store, timer, channels) lives in src/.
 */
import type { TurnContext } from 'botbuilder';
import type { InterviewAnswers } from '../../knowledge/scoring/assess';
import type { Level } from '../../knowledge/triage/triageSchema';

/** The symptom check a check-in follows up: its answers (never the person's words), level and time. */
export interface CheckedSymptoms {
  /** When the symptom check ended (ms since the epoch). */
  takenAt: number;
  answers: InterviewAnswers;
  level: Level;
  /** Check-ins already sent after this symptom check (0 for the first). */
  round: number;
}

export interface PlannedCheckIn {
  dueAt: number;
  /** The person's time zone (IANA), when the channel told it, to say the date as they read it. */
  timeZone?: string;
}

/** What the bot says when a check-in is due: the check it follows up. */
export interface DueCheckIn extends PlannedCheckIn {
  check: CheckedSymptoms;
}

export interface CheckInScheduler {
  /** True when this conversation's channel can be reached later (a proactive message). */
  reachable(context: TurnContext): boolean;
  schedule(context: TurnContext, plan: PlannedCheckIn, check: CheckedSymptoms): Promise<void>;
  /** The check-in planned in this conversation, if any. */
  pending(context: TurnContext): Promise<PlannedCheckIn | undefined>;
  /** Cancels the conversation's check-in; true when there was one. */
  cancel(context: TurnContext): Promise<boolean>;
}

/** How a check-in's delivery went, as the conversation decides it. */
export type DeliveryOutcome = 'sent' | 'busy';
