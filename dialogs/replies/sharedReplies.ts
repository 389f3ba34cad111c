/**
 * Replies and rendered activities that are built once and shared.
 *
 * An answer built only from the knowledge base ("foods rich in potassium", "calcium in yogurt") is the
 * same every time, and so is its rendering for a channel: both are kept, frozen so that nothing can
 * change a shared copy, and reused. Building and rendering a food table was the largest part of a Q&A
 * turn's own work. The caches are bounded, and their keys name everything an answer depends on.
 */
import type { Activity } from 'botbuilder';
import type { Reply } from './replyModel';

/** Well above the number of distinct answers the knowledge base can give (nutrients × diets, foods × nutrients). */
const MAX_SHARED_REPLIES = 5_000;

/** Objects frozen whole by deepFreeze, and their JSON once asked for: it can never change. */
const frozenWhole = new WeakMap<object, string | undefined>();

/** Freezes an object graph, so a shared reply or activity throws on any attempt to change it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
    frozenWhole.set(value, undefined);
  }
  return value;
}

/**
 * The JSON of a value, kept for a graph deepFreeze froze (a shared card is serialised once, not on every
 * turn that sends it); any other value is serialised as JSON.stringify does.
 */
export function jsonOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || !frozenWhole.has(value)) return JSON.stringify(value);
  let json = frozenWhole.get(value);
  if (json === undefined) frozenWhole.set(value, (json = JSON.stringify(value)));
  return json;
}

export class SharedReplies {
  private readonly replies = new Map<string, Reply>();

  /** The reply for this key, built (and frozen) the first time. */
  get(key: string, build: () => Reply): Reply {
    let shared = this.replies.get(key);
    if (!shared) {
      shared = deepFreeze(build());
      if (this.replies.size >= MAX_SHARED_REPLIES) this.replies.clear();
      this.replies.set(key, shared);
    }
    return shared;
  }
}

const renderings = new WeakMap<Reply, Map<string, Partial<Activity>>>();

/**
 * The rendering of a shared (frozen) reply for one channel variant, rendered once; other replies are
 * rendered every time. Activities are shallow-copied by botbuilder before it adds addresses, so a
 * frozen one is safe to send.
 */
export function renderShared(reply: Reply, variant: string, render: () => Partial<Activity>): Partial<Activity> {
  if (!Object.isFrozen(reply)) return render();
  let byVariant = renderings.get(reply);
  if (!byVariant) renderings.set(reply, (byVariant = new Map()));
  let activity = byVariant.get(variant);
  if (!activity) byVariant.set(variant, (activity = deepFreeze(render())));
  return activity;
}
