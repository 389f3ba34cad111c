/**
 * Where what the team learns is kept: ratings (kind, intent, channel, time), comments a person typed
 * (under their key, with a TTL), counts (out-of-scope topics, low-confidence intents, check-ins), and,
 * only with KEEP_UNANSWERED_TEXT=on, scrubbed low-confidence questions with a TTL. In this process for
 * STORAGE=memory, in Redis for STORAGE=redis (where `npm run report` reads it). Everything is bounded.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { FeedbackEvent, StoredComment, Unanswered } from '../../dialogs/insights';
import { StorageUnavailableError } from '../state/redisStorage';

/** Ratings kept (the newest). */
export const MAX_FEEDBACK = 10_000;
/** Comments kept per person (the newest). */
export const MAX_COMMENTS_PER_OWNER = 5;
/** People with comments kept in process (the newest). */
const MAX_OWNERS = 10_000;
/** Scrubbed questions kept (the newest). */
export const MAX_TEXTS = 1_000;

export interface KeptText extends Unanswered {
  expiresAt: number;
}

export interface InsightsSnapshot {
  feedback: FeedbackEvent[];
  comments: StoredComment[];
  /** "outOfScope|iron", "lowConfidence|nutrientRole", "checkIn|sent", "checkIn|better", ... */
  counts: Record<string, number>;
  texts: KeptText[];
}

export interface InsightsStore {
  addFeedback(event: FeedbackEvent): Promise<void>;
  addComment(owner: string, comment: StoredComment): Promise<void>;
  comments(owner: string, now: number): Promise<StoredComment[]>;
  forget(owner: string): Promise<void>;
  increment(field: string): Promise<void>;
  addText(entry: KeptText, now: number): Promise<void>;
  snapshot(now: number): Promise<InsightsSnapshot>;
}

export class InProcessInsightsStore implements InsightsStore {
  private feedback: FeedbackEvent[] = [];
  private readonly byOwner = new Map<string, StoredComment[]>();
  private readonly counts = new Map<string, number>();
  private texts: KeptText[] = [];

  async addFeedback(event: FeedbackEvent): Promise<void> {
    this.feedback.push({ ...event });
    if (this.feedback.length > MAX_FEEDBACK) this.feedback = this.feedback.slice(-MAX_FEEDBACK);
  }

  async addComment(owner: string, comment: StoredComment): Promise<void> {
    const kept = [...(this.byOwner.get(owner) ?? []), { ...comment }].slice(-MAX_COMMENTS_PER_OWNER);
    this.byOwner.delete(owner);
    this.byOwner.set(owner, kept);
    if (this.byOwner.size > MAX_OWNERS) this.byOwner.delete(this.byOwner.keys().next().value!);
  }

  async comments(owner: string, now: number): Promise<StoredComment[]> {
    return (this.byOwner.get(owner) ?? []).filter((c) => c.expiresAt > now).map((c) => ({ ...c }));
  }

  async forget(owner: string): Promise<void> {
    this.byOwner.delete(owner);
  }

  async increment(field: string): Promise<void> {
    this.counts.set(field, (this.counts.get(field) ?? 0) + 1);
  }

  async addText(entry: KeptText, now: number): Promise<void> {
    this.texts = [...this.texts.filter((t) => t.expiresAt > now), { ...entry }].slice(-MAX_TEXTS);
  }

  async snapshot(now: number): Promise<InsightsSnapshot> {
    return {
      feedback: this.feedback.map((f) => ({ ...f })),
      comments: [...this.byOwner.values()].flat().filter((c) => c.expiresAt > now),
      counts: Object.fromEntries(this.counts),
      texts: this.texts.filter((t) => t.expiresAt > now),
    };
  }
}

export class RedisInsightsStore implements InsightsStore {
  private readonly base: string;

  constructor(
    private readonly redis: Redis,
    keyPrefix: string,
  ) {
    this.base = `${keyPrefix}insights:`;
  }

  private key(name: string): string {
    return `${this.base}${name}`;
  }

  async addFeedback(event: FeedbackEvent): Promise<void> {
    await this.call(() =>
      this.redis
        .multi()
        .lpush(this.key('feedback'), JSON.stringify(event))
        .ltrim(this.key('feedback'), 0, MAX_FEEDBACK - 1)
        .exec(),
    );
  }

  async addComment(owner: string, comment: StoredComment): Promise<void> {
    const key = this.key(`comments:${owner}`);
    await this.call(() =>
      this.redis
        .multi()
        .rpush(key, JSON.stringify(comment))
        .ltrim(key, -MAX_COMMENTS_PER_OWNER, -1)
        .pexpireat(key, comment.expiresAt)
        .zadd(this.key('commentOwners'), comment.expiresAt, owner)
        .exec(),
    );
  }

  async comments(owner: string, now: number): Promise<StoredComment[]> {
    const items = await this.call(() => this.redis.lrange(this.key(`comments:${owner}`), 0, -1));
    return items.map((json) => JSON.parse(json) as StoredComment).filter((c) => c.expiresAt > now);
  }

  async forget(owner: string): Promise<void> {
    await this.call(() =>
      this.redis
        .multi()
        .del(this.key(`comments:${owner}`))
        .zrem(this.key('commentOwners'), owner)
        .exec(),
    );
  }

  async increment(field: string): Promise<void> {
    await this.call(() => this.redis.hincrby(this.key('counts'), field, 1));
  }

  async addText(entry: KeptText, now: number): Promise<void> {
    const key = this.key('unanswered');
    // A random id keeps two identical questions apart in the sorted set.
    const member = JSON.stringify({ ...entry, id: randomUUID() });
    await this.call(() =>
      this.redis
        .multi()
        .zadd(key, entry.expiresAt, member)
        .zremrangebyscore(key, '-inf', now)
        .zremrangebyrank(key, 0, -(MAX_TEXTS + 1))
        .exec(),
    );
  }

  async snapshot(now: number): Promise<InsightsSnapshot> {
    const [feedback, owners, counts, texts] = await this.call(() =>
      Promise.all([
        this.redis.lrange(this.key('feedback'), 0, -1),
        this.redis.zrangebyscore(this.key('commentOwners'), now, '+inf'),
        this.redis.hgetall(this.key('counts')),
        this.redis.zrangebyscore(this.key('unanswered'), now, '+inf'),
      ]),
    );
    const comments: StoredComment[] = [];
    for (const owner of owners) comments.push(...(await this.comments(owner, now)));
    return {
      feedback: feedback.map((json) => JSON.parse(json) as FeedbackEvent).reverse(),
      comments,
      counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])),
      texts: texts.map((json) => {
        const { id: _id, ...entry } = JSON.parse(json) as KeptText & { id: string };
        return entry;
      }),
    };
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw new StorageUnavailableError(`Redis is unavailable: ${(error as Error).message}`);
    }
  }
}
