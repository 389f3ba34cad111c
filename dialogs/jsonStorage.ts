/**
 * What the bot's state classes (snapshotBotState.ts) ask of a storage that can hand items over as JSON:
 * the one contract between the conversation layer and the stores in src/state, which import nothing
 * else from dialogs/ (a lint rule in .eslint.config.mjs holds them to it).
 */
import type { Storage, StoreItem } from 'botbuilder';

/** A stored item as JSON without its eTag, and the eTag beside it. */
export interface JsonEntry {
  json: string;
  eTag: string;
}

/**
 * A Storage that can also hand over and take items as JSON. With one, a turn parses its state once and
 * serialises it once; with any other Storage the state classes work through read and write as usual.
 */
export interface JsonStorage extends Storage {
  readJson(keys: string[]): Promise<Record<string, JsonEntry | undefined>>;
  /** eTag "*" overwrites; another eTag must match the stored one. */
  writeJson(changes: Record<string, JsonEntry>): Promise<void>;
}

export function isJsonStorage(storage: Storage): storage is JsonStorage {
  return typeof (storage as Partial<JsonStorage>).readJson === 'function';
}

/** The state's JSON without the eTag, which storage sets and which is not part of the content. */
export function snapshotOf(state: StoreItem): string {
  if (!('eTag' in state)) return JSON.stringify(state);
  const { eTag: _eTag, ...content } = state;
  return JSON.stringify(content);
}
