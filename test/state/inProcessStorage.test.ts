import { MemoryStorage, type Storage, type StoreItems, TestAdapter } from 'botbuilder';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../dialogs/createBot';
import type { JsonEntry } from '../../dialogs/jsonStorage';
import { noMetrics } from '../../src/metrics/botMetrics';
import { measureStorage } from '../../src/metrics/measuredStorage';
import { InProcessStorage } from '../../src/state/inProcessStorage';
import { knowledgeBase } from '../support/knowledge';

/** The production store, counting which entry points the bot's state classes use. */
class CountingInProcessStorage extends InProcessStorage {
  calls = { read: 0, write: 0, readJson: 0, writeJson: 0 };
  override read(keys: string[]): Promise<StoreItems> {
    this.calls.read++;
    return super.read(keys);
  }
  override write(changes: StoreItems): Promise<void> {
    this.calls.write++;
    return super.write(changes);
  }
  override readJson(keys: string[]): Promise<Record<string, JsonEntry | undefined>> {
    this.calls.readJson++;
    return super.readJson(keys);
  }
  override writeJson(changes: Record<string, JsonEntry>): Promise<void> {
    this.calls.writeJson++;
    return super.writeJson(changes);
  }
}

type Operation =
  | { op: 'write'; key: string; value: number; eTag: 'none' | '*' | 'last read' | 'stale' }
  | { op: 'read'; key: string }
  | { op: 'delete'; key: string };

/** Runs the operations on a store; what each read saw (without eTags) and which writes failed. */
async function replay(storage: Storage, operations: Operation[]): Promise<unknown[]> {
  const lastRead: Record<string, string | undefined> = {};
  const seen: unknown[] = [];
  for (const o of operations) {
    if (o.op === 'read') {
      const item = (await storage.read([o.key]))[o.key] as { eTag?: string; value?: number } | undefined;
      lastRead[o.key] = item?.eTag;
      seen.push(item ? { value: item.value, hasETag: typeof item.eTag === 'string' && item.eTag !== '' } : 'none');
    } else if (o.op === 'delete') {
      await storage.delete([o.key]);
    } else {
      const eTag = { none: undefined, '*': '*', 'last read': lastRead[o.key], stale: 'stale' }[o.eTag];
      const item = eTag === undefined ? { value: o.value } : { value: o.value, eTag };
      seen.push(
        await storage.write({ [o.key]: item }).then(
          () => 'written',
          (error: Error) => error.message,
        ),
      );
    }
  }
  return seen;
}

describe('InProcessStorage', () => {
  it('follows botbuilder’s eTag rules: none or "*" overwrites, the stored eTag wins once, a stale one fails', async () => {
    const storage = new InProcessStorage();
    await storage.write({ k: { count: 1 } });
    const first = (await storage.read(['k'])).k as { count: number; eTag: string };
    expect(first.count).toBe(1);
    expect(first.eTag).toBeTruthy();

    await storage.write({ k: { count: 2, eTag: first.eTag } });
    await expect(storage.write({ k: { count: 3, eTag: first.eTag } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ k: { count: 4, eTag: '*' } });
    expect(((await storage.read(['k'])).k as { count: number }).count).toBe(4);
  });

  it('hands out copies, never the stored object, and deletes', async () => {
    const storage = new InProcessStorage();
    const item = { list: [1] };
    await storage.write({ k: item });
    item.list.push(2);
    const read = (await storage.read(['k'])).k as { list: number[] };
    expect(read.list).toEqual([1]);
    read.list.push(3);
    expect(((await storage.read(['k'])).k as { list: number[] }).list).toEqual([1]);
    await storage.delete(['k']);
    expect(await storage.read(['k'])).toEqual({});
  });

  it('gives and takes JSON without the eTag, checking eTags the same way', async () => {
    const storage = new InProcessStorage();
    await storage.writeJson({ k: { json: '{"a":1}', eTag: '*' } });
    const entry = (await storage.readJson(['k', 'missing'])).k!;
    expect(entry.json).toBe('{"a":1}');
    await expect(storage.writeJson({ k: { json: '{"a":2}', eTag: 'stale' } })).rejects.toThrow(/eTag conflict/);
    await storage.writeJson({ k: { json: '{"a":3}', eTag: entry.eTag } });
    expect((await storage.read(['k'])).k).toMatchObject({ a: 3 });
  });

  it('reads, writes and deletes as botbuilder’s MemoryStorage does, eTag conflicts included (docs/shortcuts.md, json-storage)', async () => {
    const key = fc.constantFrom('a', 'b');
    const operation: fc.Arbitrary<Operation> = fc.oneof(
      fc.record({
        op: fc.constant('write' as const),
        key,
        value: fc.integer(),
        eTag: fc.constantFrom('none' as const, '*' as const, 'last read' as const, 'stale' as const),
      }),
      fc.record({ op: fc.constant('read' as const), key }),
      fc.record({ op: fc.constant('delete' as const), key }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 12 }), async (operations) => {
        expect(await replay(new InProcessStorage(), operations)).toEqual(await replay(new MemoryStorage(), operations));
      }),
      { numRuns: 300 },
    );
  });

  it('is read and written only through its JSON entry points by the bot’s state, with metrics on or off', async () => {
    for (const wrap of [(s: Storage) => s, (s: Storage) => measureStorage(s, noMetrics)]) {
      const storage = new CountingInProcessStorage();
      const { bot } = createBot(knowledgeBase(), wrap(storage));
      const adapter = new TestAdapter(async (context) => bot.run(context));
      for (const text of ['what foods have potassium?', 'my calf keeps jumping', 'also tired', 'cancel']) {
        await adapter.receiveActivity(text);
        adapter.activeQueue.splice(0);
      }
      expect(storage.calls.read + storage.calls.write).toBe(0);
      expect(storage.calls.readJson).toBeGreaterThan(0);
      expect(storage.calls.writeJson).toBeGreaterThan(0);
    }
  });
});
