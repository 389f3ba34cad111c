/**
 * The in-process state store (STORAGE=memory): botbuilder's MemoryStorage semantics (items kept as
 * JSON, so no turn shares objects with another; eTag "*" or none overwrites, a stale eTag fails), plus
 * the JSON entry points the bot's state classes use to parse and serialise a turn's state only once.
 *
 * Like Redis, entries expire a while after their last write (CONVERSATION_TTL_SECONDS), so the store
 * does not grow with every conversation and user id a client ever sent. Unlike Redis, user state
 * expires too: it is lost at a restart anyway, and kept forever it would be unbounded.
 */
import type { StoreItems } from 'botbuilder';
import { type JsonEntry, type JsonStorage, snapshotOf } from '../../dialogs/jsonStorage';

export interface InProcessStorageOptions {
  /** Seconds an entry lives after its last write; 0 keeps it. */
  ttlSeconds?: number;
  /** Injected for tests. */
  now?: () => number;
}

interface StoredEntry extends JsonEntry {
  /** When the entry expires (ms); Infinity when it doesn't. */
  expiresAt: number;
}

export class InProcessStorage implements JsonStorage {
  /** In order of last write, so the expired entries are always at the front. */
  private readonly entries = new Map<string, StoredEntry>();
  private readonly ttlMs: number;
  private readonly now: () => number;
  private nextETag = 1;

  constructor(options: InProcessStorageOptions = {}) {
    this.ttlMs = (options.ttlSeconds ?? 0) * 1000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.live(key);
      if (entry) items[key] = { ...(JSON.parse(entry.json) as object), eTag: entry.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries: Record<string, JsonEntry> = {};
    for (const [key, item] of Object.entries(changes)) {
      const eTag = (item as { eTag?: unknown } | undefined)?.eTag;
      entries[key] = { json: snapshotOf(item ?? {}), eTag: typeof eTag === 'string' && eTag ? eTag : '*' };
    }
    return this.writeJson(entries);
  }

  async readJson(keys: string[]): Promise<Record<string, JsonEntry | undefined>> {
    const entries: Record<string, JsonEntry | undefined> = {};
    for (const key of keys) entries[key] = this.live(key);
    return entries;
  }

  async writeJson(changes: Record<string, JsonEntry>): Promise<void> {
    // Check every eTag before changing anything, as one write of several items.
    for (const [key, change] of Object.entries(changes)) {
      const stored = this.live(key);
      if (change.eTag !== '*' && stored && stored.eTag !== change.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
    }
    const now = this.now();
    const expiresAt = this.ttlMs > 0 ? now + this.ttlMs : Infinity;
    for (const [key, change] of Object.entries(changes)) {
      // Deleted and set again, so the map stays in order of last write.
      this.entries.delete(key);
      this.entries.set(key, { json: change.json, eTag: String(this.nextETag++), expiresAt });
    }
    this.dropExpired(now);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  private live(key: string): StoredEntry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Expired entries are at the front: stop at the first live one. */
  private dropExpired(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) return;
      this.entries.delete(key);
    }
  }
}
