/**
 * Token buckets per key (a conversation, a user): each holds up to `burst` tokens and refills at
 * `perMinute`; a turn takes one. A flood empties one bucket without touching anyone else's.
 */
export interface RateLimitOptions {
  burst: number;
  perMinute: number;
  /** Injected for tests. */
  now?: () => number;
  /** Buckets kept at once; idle full ones are dropped first. */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  updated: number;
  /** When the person was last told to slow down, so the notice isn't itself a flood. */
  notified: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Takes a token from every key's bucket; false (and nothing taken) if any of them is empty. */
  take(keys: readonly string[]): boolean {
    const buckets = keys.map((k) => this.bucket(k));
    if (buckets.some((b) => b.tokens < 1)) return false;
    for (const b of buckets) b.tokens -= 1;
    return true;
  }

  /** True when a turn for these keys would be refused right now (takes nothing). */
  isLimited(keys: readonly string[]): boolean {
    return keys.some((k) => this.bucket(k).tokens < 1);
  }

  /** True once per refill interval per key: whether to tell the person to slow down. */
  shouldNotify(key: string): boolean {
    const b = this.bucket(key);
    const interval = 60_000 / this.options.perMinute;
    if (this.now() - b.notified < Math.max(interval, 5_000)) return false;
    b.notified = this.now();
    return true;
  }

  private bucket(key: string): Bucket {
    const now = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      b = { tokens: this.options.burst, updated: now, notified: 0 };
      this.buckets.set(key, b);
      if (this.buckets.size > (this.options.maxKeys ?? 50_000)) this.evict();
    }
    b.tokens = Math.min(this.options.burst, b.tokens + ((now - b.updated) / 60_000) * this.options.perMinute);
    b.updated = now;
    return b;
  }

  private evict(): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens >= this.options.burst) this.buckets.delete(key);
      if (this.buckets.size <= (this.options.maxKeys ?? 50_000) * 0.9) return;
    }
  }
}
