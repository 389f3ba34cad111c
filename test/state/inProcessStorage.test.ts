import { describe, expect, it } from 'vitest';
import { InProcessStorage } from '../../src/state/inProcessStorage';

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
});
