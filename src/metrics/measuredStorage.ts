/**
 * A state store that counts and times its operations for the metrics. It keeps the inner store's JSON
 * entry points (the in-process store's), so measuring never costs a turn its single parse of state.
 */
import { performance } from 'node:perf_hooks';
import type { Storage, StoreItems } from 'botbuilder';
import { type JsonEntry, type JsonStorage, isJsonStorage } from '../../dialogs/jsonStorage';
import type { BotMetrics, StorageOperation } from './botMetrics';

export function measureStorage(inner: Storage, metrics: BotMetrics): Storage {
  const timed = async <T>(operation: StorageOperation, call: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    let failed = true;
    try {
      const result = await call();
      failed = false;
      return result;
    } finally {
      metrics.storage(operation, (performance.now() - started) / 1000, failed);
    }
  };
  const measured: Storage = {
    read: (keys: string[]) => timed('read', () => inner.read(keys)),
    write: (changes: StoreItems) => timed('write', () => inner.write(changes)),
    delete: (keys: string[]) => timed('delete', () => inner.delete(keys)),
  };
  if (!isJsonStorage(inner)) return measured;
  const json: JsonStorage = {
    ...measured,
    readJson: (keys: string[]) => timed('read', () => inner.readJson(keys)),
    writeJson: (changes: Record<string, JsonEntry>) => timed('write', () => inner.writeJson(changes)),
  };
  return json;
}
