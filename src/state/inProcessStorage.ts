/**
 * The in-process state store (STORAGE=memory): botbuilder's MemoryStorage semantics (items kept as
 * JSON, so no turn shares objects with another; eTag "*" or none overwrites, a stale eTag fails), plus
 * the JSON entry points the bot's state classes use to parse and serialise a turn's state only once.
 */
import type { StoreItems } from 'botbuilder';
import { type JsonEntry, type JsonStorage, snapshotOf } from '../../dialogs/snapshotBotState';

export class InProcessStorage implements JsonStorage {
  private readonly entries = new Map<string, JsonEntry>();
  private nextETag = 1;

  get size(): number {
    return this.entries.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.entries.get(key);
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
    for (const key of keys) entries[key] = this.entries.get(key);
    return entries;
  }

  async writeJson(changes: Record<string, JsonEntry>): Promise<void> {
    // Check every eTag before changing anything, as one write of several items.
    for (const [key, change] of Object.entries(changes)) {
      const stored = this.entries.get(key);
      if (change.eTag !== '*' && stored && stored.eTag !== change.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
    }
    for (const [key, change] of Object.entries(changes)) {
      this.entries.set(key, { json: change.json, eTag: String(this.nextETag++) });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }
}
