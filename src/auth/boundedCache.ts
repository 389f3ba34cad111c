/**
 * A small bounded cache of promises: the first caller creates the value, later callers share it, a
 * rejected promise is dropped so the next caller tries again, and the oldest entry goes when the cache
 * is full (a hit does not reorder: it is on every turn's path, and eviction is rare).
 */
export class BoundedCache<T extends Promise<unknown>> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.entries.size;
  }

  getOrCreate(key: string, create: () => T): T {
    const cached = this.entries.get(key);
    if (cached) return cached;
    const created = create();
    this.entries.set(key, created);
    created.catch(() => {
      if (this.entries.get(key) === created) this.entries.delete(key);
    });
    // Map iteration follows insertion order: the first key is the oldest.
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return created;
  }
}
