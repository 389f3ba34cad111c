/**
 * Where planned check-ins wait until they are due: one per conversation. Due ones are claimed with a
 * lease (a token and a deadline), so of several instances exactly one sends a check-in; a claim whose
 * instance died is due again when its lease runs out. Finishing or retrying needs the claim's token, so
 * an instance that lost its lease can't undo another's work.
 */
import type { ConversationReference } from 'botbuilder';
import type { CheckedSymptoms } from '../../dialogs/checkins/checkInTypes';

/** Where the direct Slack path posts: the DM or the thread. */
export interface SlackRoute {
  channel: string;
  threadTs?: string;
}

export interface CheckInJob {
  id: string;
  /** channelId/conversation id: the conversation's lock and index key. */
  conversationKey: string;
  /** Which of the bot's channels delivers it: 'cloud' (Bot Framework), 'slack' (direct), 'webchat' (local). */
  via: string;
  reference: Partial<ConversationReference>;
  /** The direct Slack path's DM or thread. */
  route?: SlackRoute;
  timeZone?: string;
  dueAt: number;
  check: CheckedSymptoms;
  /** Failed deliveries so far. */
  attempts: number;
}

export interface CheckInClaim {
  job: CheckInJob;
  token: string;
}

export interface CheckInStore {
  /** Plans a check-in, replacing the conversation's earlier one. */
  put(job: CheckInJob): Promise<void>;
  forConversation(conversationKey: string): Promise<CheckInJob | undefined>;
  /** Removes the conversation's check-in; true when there was one. */
  removeConversation(conversationKey: string): Promise<boolean>;
  /** Claims up to `limit` due check-ins (expired leases included) until `leaseUntil`. */
  claimDue(now: number, leaseUntil: number, limit: number, token: string): Promise<CheckInClaim[]>;
  /** Deletes a delivered (or dropped) check-in, if the claim is still the caller's. */
  finish(claim: CheckInClaim): Promise<void>;
  /** Puts a claimed check-in back, due at `at`, with its new attempt count. */
  retryAt(claim: CheckInClaim, at: number, attempts: number): Promise<void>;
  /** Planned and claimed check-ins, for the report and the bench. */
  size(): Promise<number>;
}

interface Lease {
  until: number;
  token: string;
}

/** STORAGE=memory: in this process, lost on restart (start-up says so). */
export class InProcessCheckInStore implements CheckInStore {
  private readonly jobs = new Map<string, CheckInJob>();
  private readonly byConversation = new Map<string, string>();
  private readonly leases = new Map<string, Lease>();

  async put(job: CheckInJob): Promise<void> {
    this.drop(this.byConversation.get(job.conversationKey));
    this.jobs.set(job.id, structuredClone(job));
    this.byConversation.set(job.conversationKey, job.id);
  }

  async forConversation(conversationKey: string): Promise<CheckInJob | undefined> {
    const id = this.byConversation.get(conversationKey);
    const job = id ? this.jobs.get(id) : undefined;
    return job && structuredClone(job);
  }

  async removeConversation(conversationKey: string): Promise<boolean> {
    const id = this.byConversation.get(conversationKey);
    if (!id) return false;
    this.drop(id);
    return true;
  }

  async claimDue(now: number, leaseUntil: number, limit: number, token: string): Promise<CheckInClaim[]> {
    const claims: CheckInClaim[] = [];
    for (const job of this.jobs.values()) {
      if (claims.length >= limit) break;
      const lease = this.leases.get(job.id);
      const due = lease ? lease.until <= now : job.dueAt <= now;
      if (!due) continue;
      this.leases.set(job.id, { until: leaseUntil, token });
      claims.push({ job: structuredClone(job), token });
    }
    return claims;
  }

  async finish(claim: CheckInClaim): Promise<void> {
    if (this.leases.get(claim.job.id)?.token === claim.token) this.drop(claim.job.id);
  }

  async retryAt(claim: CheckInClaim, at: number, attempts: number): Promise<void> {
    const job = this.jobs.get(claim.job.id);
    if (!job || this.leases.get(job.id)?.token !== claim.token) return;
    this.leases.delete(job.id);
    this.jobs.set(job.id, { ...job, dueAt: at, attempts });
  }

  async size(): Promise<number> {
    return this.jobs.size;
  }

  private drop(id: string | undefined): void {
    if (!id) return;
    const job = this.jobs.get(id);
    this.jobs.delete(id);
    this.leases.delete(id);
    if (job && this.byConversation.get(job.conversationKey) === id) this.byConversation.delete(job.conversationKey);
  }
}
