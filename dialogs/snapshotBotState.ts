/**
 * ConversationState and UserState that notice changes by comparing JSON snapshots.
 *
 * botbuilder's BotState decides whether to write by hashing a deep, replacer-driven stringify of the
 * state with SHA-256, three times per state and turn (on load, before saving, after writing). The state
 * is plain JSON (storage serialises it as JSON anyway), so comparing JSON.stringify snapshots gives the
 * same answer at a fraction of the cost, and the snapshot taken before a write is reused after it.
 * Reading, writing and the storage keys are botbuilder's own.
 */
import {
  BotState,
  ConversationState,
  type StatePropertyAccessor,
  type Storage,
  type StoreItem,
  type StoreItems,
  type TurnContext,
  UserState,
} from 'botbuilder';
import { isJsonStorage, snapshotOf } from './jsonStorage';

interface CachedState {
  state: StoreItem;
  /** JSON of the state as last read or written, without its eTag. */
  snapshot: string;
}

/**
 * A BotState with JSON-snapshot change detection, for the storage keys of botbuilder's ConversationState
 * or UserState (their getStorageKey decides where the state lives).
 */
export class SnapshotBotState extends BotState {
  /** Where this state's copy for the turn is kept in the turn state. */
  private readonly cacheKey = Symbol('snapshotState');

  constructor(storage: Storage, keys: ConversationState | UserState) {
    super(storage, (context) => {
      const key = keys.getStorageKey(context);
      const kind = keys instanceof ConversationState ? 'ConversationState' : 'UserState';
      return key ? Promise.resolve(key) : Promise.reject(new Error(`${kind}: the activity has no storage key.`));
    });
  }

  override async load(context: TurnContext, force = false): Promise<StoreItem> {
    const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
    if (cached && !force) return cached.state;
    const key = await this.storageKey(context);
    let loaded: CachedState;
    if (isJsonStorage(this.storage)) {
      const entry = (await this.storage.readJson([key]))[key];
      loaded = entry
        ? { state: { ...(JSON.parse(entry.json) as StoreItem), eTag: entry.eTag }, snapshot: entry.json }
        : { state: {}, snapshot: '{}' };
    } else {
      const items: StoreItems = await this.storage.read([key]);
      const state = (items[key] as StoreItem | undefined) ?? {};
      loaded = { state, snapshot: snapshotOf(state) };
    }
    context.turnState.set(this.cacheKey, loaded);
    return loaded.state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
    if (!cached && !force) return;
    const snapshot = cached ? snapshotOf(cached.state) : '{}';
    if (!force && cached!.snapshot === snapshot) return;
    cached ??= { state: {}, snapshot: '' };
    const key = await this.storageKey(context);
    cached.state.eTag = '*';
    if (isJsonStorage(this.storage)) await this.storage.writeJson({ [key]: { json: snapshot, eTag: '*' } });
    else await this.storage.write({ [key]: cached.state });
    cached.snapshot = snapshot;
    context.turnState.set(this.cacheKey, cached);
  }

  override async clear(context: TurnContext): Promise<void> {
    // An empty snapshot never matches, so the cleared state is written at the next save.
    context.turnState.set(this.cacheKey, { state: {}, snapshot: '' } satisfies CachedState);
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.cacheKey);
    await this.storage.delete([await this.storageKey(context)]);
  }

  override get(context: TurnContext): StoreItem | undefined {
    return (context.turnState.get(this.cacheKey) as CachedState | undefined)?.state;
  }

  override createProperty<T = unknown>(name: string): StatePropertyAccessor<T> {
    return new SnapshotPropertyAccessor<T>(this, name);
  }
}

/**
 * botbuilder's BotStatePropertyAccessor contract (load the state, fill a missing property with a copy of
 * the default), in native async functions that skip the load once the turn holds the state: a turn reads
 * its properties several times, and botbuilder's accessors each run through a compiled generator and a
 * load of their own.
 */
export class SnapshotPropertyAccessor<T> implements StatePropertyAccessor<T> {
  constructor(
    private readonly state: SnapshotBotState,
    readonly name: string,
  ) {}

  private async stateOf(context: TurnContext): Promise<Record<string, unknown>> {
    return (this.state.get(context) ?? (await this.state.load(context))) as Record<string, unknown>;
  }

  get(context: TurnContext): Promise<T | undefined>;
  get(context: TurnContext, defaultValue: T): Promise<T>;
  async get(context: TurnContext, defaultValue?: T): Promise<T | undefined> {
    const state = this.state.get(context) ?? (await this.state.load(context));
    const values = state as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(values, this.name) && defaultValue !== undefined) {
      // A copy, so a default object shared between calls is never the one the state holds.
      values[this.name] = typeof defaultValue === 'object' ? structuredClone(defaultValue) : defaultValue;
    }
    return values[this.name] as T | undefined;
  }

  async set(context: TurnContext, value: T): Promise<void> {
    (await this.stateOf(context))[this.name] = value;
  }

  async delete(context: TurnContext): Promise<void> {
    delete (await this.stateOf(context))[this.name];
  }
}

/** Conversation state (one per channel and conversation) with snapshot change detection. */
export const snapshotConversationState = (storage: Storage) =>
  new SnapshotBotState(storage, new ConversationState(storage));

/** User state (one per channel and user) with snapshot change detection. */
export const snapshotUserState = (storage: Storage) => new SnapshotBotState(storage, new UserState(storage));
