/**
 * Rate limits per key (a conversation, a user, a client address) with rate-limiter-flexible: each key
 * may take `burst` turns per window of burst / perMinute minutes, so a burst is allowed and the long-run
 * rate is perMinute. A key's counter expires with its window, so idle keys cost nothing however many
 * there have been. With Redis the counters live there (one atomic script per key), so every instance
 * shares them and two replicas don't double anyone's allowance; while Redis is away, each instance
 * limits on its own (the library's insurance limiter) rather than not at all.
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  burst: number;
  perMinute: number;
  /** Shared counters for every instance (STORAGE=redis); in-process when absent. */
  redis?: Redis;
  /** Prefix of the Redis keys. */
  keyPrefix?: string;
}

export interface Allowance {
  allowed: boolean;
  /** True for the first refusal of a key's window: tell the person once, not at every message of a flood. */
  notify: boolean;
}

type Limiter = RateLimiterMemory | RateLimiterRedis;

export class RateLimiter {
  private readonly limiter: Limiter;
  private readonly burst: number;

  constructor(options: RateLimitOptions) {
    this.burst = options.burst;
    // Whole seconds: Redis expiries are in seconds. Rounded up, so the rate never exceeds perMinute.
    const duration = Math.max(1, Math.ceil((options.burst * 60) / options.perMinute));
    const inProcess = new RateLimiterMemory({ points: options.burst, duration });
    this.limiter = options.redis
      ? new RateLimiterRedis({
          storeClient: options.redis,
          keyPrefix: `${options.keyPrefix ?? ''}rate`,
          points: options.burst,
          duration,
          rejectIfRedisNotReady: true,
          insuranceLimiter: inProcess,
        })
      : inProcess;
  }

  /** Counts a turn against every key; allowed only when none of them is over its limit. */
  async take(keys: readonly string[]): Promise<Allowance> {
    const results = await Promise.all(
      keys.map((key) => this.limiter.consume(key).catch((refused: unknown) => refused)),
    );
    let allowed = true;
    let notify = false;
    for (const result of results) {
      // A refusal is a RateLimiterRes; anything else is a store failure the insurance limiter could not cover.
      if (!(result instanceof RateLimiterRes) || result.consumedPoints <= this.burst) continue;
      allowed = false;
      if (result.consumedPoints === this.burst + 1) notify = true;
    }
    return { allowed, notify };
  }

  /** True when a turn for these keys would be refused right now (counts nothing). */
  async isLimited(keys: readonly string[]): Promise<boolean> {
    const results = await Promise.all(keys.map((key) => this.limiter.get(key).catch(() => null)));
    return results.some((result) => result !== null && result.consumedPoints >= this.burst);
  }
}
