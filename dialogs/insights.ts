/**
 * What the team running the bot learns, as the conversation reports it: ratings of answers, comments a
 * person chose to type, what the bot could not answer and how check-ins went. Counts and bounded labels
 * (reply kinds, intents, channel families, words of the bot's own vocabulary), never a person's
 * messages: a comment is kept only because the person typed it as one. Implemented in src/insights/.
 */
import type { Intent } from '../knowledge/schema';
import type { ReplyKind } from './replies/replyModel';

export type Rating = 'helpful' | 'unhelpful';

/** Which answer a rating is about: its reply kind and the intent it answered. */
export interface AnswerTag {
  kind: ReplyKind;
  intent: Intent;
}

export interface FeedbackEvent extends AnswerTag {
  rating: Rating;
  /** The channel family (teams, webchat, slack, chat, plain). */
  channel: string;
  at: number;
}

export interface FeedbackComment extends AnswerTag {
  rating: Rating;
  text: string;
  at: number;
}

export interface StoredComment extends FeedbackComment {
  expiresAt: number;
}

export type CheckInOutcome = 'better' | 'same' | 'worse';

/** A message the bot could not answer: out of its scope, or understood with too little confidence. */
export interface Unanswered {
  kind: 'outOfScope' | 'lowConfidence';
  /** A topic word of the bot's vocabulary (out of scope) or the best-guess intent (low confidence). */
  label: string;
  /** The message: kept (scrubbed) only when the operator turned that on, otherwise dropped at once. */
  text: string;
  at: number;
}

export interface Insights {
  feedback(event: FeedbackEvent): Promise<void>;
  /** Keeps a comment the person typed, for a limited time, under their key (see ownerKey). */
  comment(owner: string, comment: FeedbackComment): Promise<void>;
  commentsOf(owner: string, now: number): Promise<StoredComment[]>;
  /** "Forget me": deletes the person's comments. */
  forget(owner: string): Promise<void>;
  /** Counted in the background: never holds up or fails a turn. */
  unanswered(event: Unanswered): void;
  checkInAnswered(outcome: CheckInOutcome): void;
  /** How long a comment is kept, to say so. */
  readonly commentDays: number;
}

/** The person a comment belongs to: their id on this channel. */
export function ownerKey(channelId: string | undefined, userId: string | undefined): string {
  return `${channelId ?? 'unknown'}/${userId ?? 'unknown'}`;
}
