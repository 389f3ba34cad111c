/**
 * The dialogs' Insights on a store: comments get their TTL, counts and scrubbed questions are written in
 * the background (a failure is logged, never felt by the person), and a low-confidence question's text
 * is dropped at once unless KEEP_UNANSWERED_TEXT=on, then kept scrubbed with its own TTL.
 */
import type {
  CheckInOutcome,
  FeedbackComment,
  FeedbackEvent,
  Insights,
  StoredComment,
  Unanswered,
} from '../../dialogs/insights';
import type { Clock } from '../../dialogs/clock';
import { errorForLog } from '../logFields';
import type { Logger } from '../logger';
import type { InsightsStore } from './insightsStore';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface TeamInsightsOptions {
  store: InsightsStore;
  clock: Clock;
  logger: Logger;
  commentDays: number;
  /** Keep scrubbed low-confidence questions for this many days; 0: never keep their text. */
  keepTextDays: number;
  scrub: (text: string) => string;
}

export class TeamInsights implements Insights {
  readonly commentDays: number;

  constructor(private readonly options: TeamInsightsOptions) {
    this.commentDays = options.commentDays;
  }

  feedback(event: FeedbackEvent): Promise<void> {
    return this.options.store.addFeedback(event);
  }

  comment(owner: string, comment: FeedbackComment): Promise<void> {
    const stored: StoredComment = { ...comment, expiresAt: comment.at + this.commentDays * DAY_MS };
    return this.options.store.addComment(owner, stored);
  }

  commentsOf(owner: string, now: number): Promise<StoredComment[]> {
    return this.options.store.comments(owner, now);
  }

  forget(owner: string): Promise<void> {
    return this.options.store.forget(owner);
  }

  unanswered(event: Unanswered): void {
    const { store, keepTextDays, scrub } = this.options;
    this.background(store.increment(`${event.kind}|${event.label}`));
    if (event.kind !== 'lowConfidence' || keepTextDays <= 0) return;
    const text = scrub(event.text);
    if (text) this.background(store.addText({ ...event, text, expiresAt: event.at + keepTextDays * DAY_MS }, event.at));
  }

  checkInAnswered(outcome: CheckInOutcome): void {
    this.count(`checkIn|answered`);
    this.count(`checkIn|${outcome}`);
  }

  /** A check-in event from the scheduler (scheduled, sent, dropped, given up). */
  count(field: string): void {
    this.background(this.options.store.increment(field));
  }

  private background(write: Promise<void>): void {
    write.catch((error: unknown) =>
      this.options.logger.warn({ err: errorForLog(error) }, 'insights: could not record a count'),
    );
  }
}
