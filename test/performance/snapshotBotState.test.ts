import {
  type BotState,
  BotStatePropertyAccessor,
  ConversationState,
  MemoryStorage,
  type StoreItems,
  TestAdapter,
  type TurnContext,
  UserState,
} from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../dialogs/jsonStorage';
import { SnapshotPropertyAccessor, snapshotConversationState, snapshotUserState } from '../../dialogs/snapshotBotState';

/** MemoryStorage that counts reads and writes. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  reads = 0;
  constructor(readonly items: StoreItems = {}) {
    super(items);
  }
  override async read(keys: string[]): Promise<StoreItems> {
    this.reads++;
    return super.read(keys);
  }
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

async function turn(adapter: TestAdapter, text: string): Promise<void> {
  await adapter.receiveActivity(text);
  adapter.activeQueue.splice(0);
}

describe('JSON-snapshot bot state', () => {
  it('writes only turns that change the state, and keeps what they wrote', async () => {
    const storage = new CountingStorage();
    const state = snapshotConversationState(storage);
    const count = state.createProperty<number>('count');
    const adapter = new TestAdapter(async (context: TurnContext) => {
      if (context.activity.text === 'add') await count.set(context, (await count.get(context, 0)) + 1);
      else await count.get(context, 0);
      await state.saveChanges(context);
    });
    await turn(adapter, 'add');
    await turn(adapter, 'read');
    await turn(adapter, 'read');
    await turn(adapter, 'add');
    // The first read creates the default value (a change), the others change nothing.
    expect(storage.writes).toBe(2);
    const stored = Object.values(storage.items).map((json) => JSON.parse(String(json)) as { count: number });
    expect(stored[0]!.count).toBe(2);
  });

  it('ignores the eTag when comparing, and clear(), delete() and force behave as botbuilder’s BotState', async () => {
    expect(snapshotOf({ a: 1, eTag: '5' })).toBe(snapshotOf({ a: 1 }));
    const storage = new CountingStorage();
    const state = snapshotUserState(storage);
    const name = state.createProperty<string>('name');
    let action = '';
    const adapter = new TestAdapter(async (context: TurnContext) => {
      if (action === 'set') await name.set(context, 'Sam');
      if (action === 'clear') await state.clear(context);
      if (action === 'delete') await state.delete(context);
      if (action === 'read') expect(await name.get(context)).toBeUndefined();
      if (action === 'force') await state.load(context);
      await state.saveChanges(context, action === 'force');
    });
    action = 'set';
    await turn(adapter, 'x');
    expect(storage.writes).toBe(1);
    action = 'force';
    await turn(adapter, 'x');
    expect(storage.writes).toBe(2);
    action = 'clear';
    await turn(adapter, 'x');
    expect(storage.writes).toBe(3);
    action = 'read';
    await turn(adapter, 'x');
    action = 'set';
    await turn(adapter, 'x');
    action = 'delete';
    await turn(adapter, 'x');
    // MemoryStorage deletes by setting the key to undefined.
    expect(Object.values(storage.items).filter((v) => v !== undefined)).toHaveLength(0);
  });

  it('keeps state where botbuilder’s ConversationState and UserState do: each reads what the other wrote (docs/shortcuts.md, snapshot-state)', async () => {
    const storage = new CountingStorage();
    const kinds: [string, (s: MemoryStorage) => BotState, (s: MemoryStorage) => BotState][] = [
      ['conversation', (s) => new ConversationState(s), snapshotConversationState],
      ['user', (s) => new UserState(s), snapshotUserState],
    ];
    for (const [kind, botbuilders, ours] of kinds) {
      // Turns alternate between botbuilder's class and the snapshot class on one storage.
      const states = [botbuilders(storage), ours(storage), botbuilders(storage), ours(storage)];
      const counted: number[] = [];
      for (const state of states) {
        const count = state.createProperty<number>(`${kind}Count`);
        await new TestAdapter(async (context: TurnContext) => {
          const now = (await count.get(context, 0)) + 1;
          counted.push(now);
          await count.set(context, now);
          await state.saveChanges(context);
        }).receiveActivity('x');
      }
      expect(counted, kind).toEqual([1, 2, 3, 4]);
    }
    // One item per kind, under botbuilder's keys: no second copy anywhere.
    expect(Object.keys(storage.items).sort()).toEqual(['test/conversations/Convo1/', 'test/users/user1/']);
  });

  it('reads properties as botbuilder’s accessors do, with one storage read per turn (docs/shortcuts.md, native-accessors)', async () => {
    const storage = new CountingStorage();
    const state = snapshotConversationState(storage);
    const ours = state.createProperty<{ items: string[] }>('list');
    expect(ours).toBeInstanceOf(SnapshotPropertyAccessor);
    const botbuilders = new BotStatePropertyAccessor<{ items: string[] }>(state, 'list');
    const fallback = { items: [] as string[] };
    const seen: string[][] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      const text = context.activity.text ?? '';
      // The two accessors take turns on one property of one state.
      const accessor = text.startsWith('b:') ? botbuilders : ours;
      const list = await accessor.get(context, fallback);
      if (text.endsWith('add')) list.items.push(text);
      if (text.endsWith('delete')) await accessor.delete(context);
      if (text.endsWith('set')) await accessor.set(context, { items: ['set'] });
      seen.push([...((await accessor.get(context))?.items ?? ['none'])]);
      await state.saveChanges(context);
    });
    await turn(adapter, 'o:add');
    await turn(adapter, 'b:add');
    await turn(adapter, 'o:read');
    // The default was copied, never handed out: the shared object is still empty.
    expect(fallback.items).toEqual([]);
    await turn(adapter, 'o:delete');
    await turn(adapter, 'b:set');
    await turn(adapter, 'o:read');
    expect(seen).toEqual([['o:add'], ['o:add', 'b:add'], ['o:add', 'b:add'], ['none'], ['set'], ['set']]);
    // One read per turn, however often a turn reads its properties.
    expect(storage.reads).toBe(6);
  });
});
