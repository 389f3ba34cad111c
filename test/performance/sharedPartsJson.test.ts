import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../dialogs/replies/sharedReplies';
import { formatJsonSharingFrozen, stringifySharingFrozen } from '../../src/http/sharedPartsJson';

describe('stringifySharingFrozen', () => {
  it('gives exactly what JSON.stringify gives, for any JSON value, frozen in parts or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, freezeSome) => {
        const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
        if (freezeSome && copy && typeof copy === 'object') {
          for (const child of Object.values(copy)) deepFreeze(child);
        }
        expect(stringifySharingFrozen(copy)).toBe(JSON.stringify(copy));
      }),
      { numRuns: 500 },
    );
  });

  it('follows JSON.stringify for undefined members, functions, Dates and toJSON', () => {
    const when = new Date('2026-11-25T04:00:00Z');
    const value = {
      a: undefined,
      f: () => 1,
      list: [undefined, () => 2, 3],
      when,
      custom: { toJSON: () => 'custom' },
      shared: deepFreeze({ card: { body: [{ type: 'TextBlock', text: 'ü “quoted” \n' }] } }),
    };
    expect(stringifySharingFrozen(value)).toBe(JSON.stringify(value));
    expect(stringifySharingFrozen(undefined)).toBe(JSON.stringify(undefined));
  });

  it('keeps a member named __proto__ (JSON.parse creates them) as a member', () => {
    const value = JSON.parse('{"__proto__":0,"nested":{"x":1},"after":2}') as unknown;
    expect(stringifySharingFrozen(value)).toBe(JSON.stringify(value));
  });

  it('serialises a frozen object once and reuses its JSON', () => {
    const shared = deepFreeze({ big: Array.from({ length: 50 }, (_, i) => ({ i })) });
    const first = stringifySharingFrozen({ activities: [{ attachments: shared }] });
    const stringify = JSON.stringify;
    let calls = 0;
    JSON.stringify = ((...args: Parameters<typeof stringify>) => {
      if (args[0] === shared) calls++;
      return stringify(...args);
    }) as typeof JSON.stringify;
    try {
      expect(stringifySharingFrozen({ activities: [{ attachments: shared }] })).toBe(first);
    } finally {
      JSON.stringify = stringify;
    }
    expect(calls).toBe(0);
  });

  it('as a restify formatter, sets the byte length of the body it returns', () => {
    const headers: Record<string, number> = {};
    const body = formatJsonSharingFrozen(
      {},
      { setHeader: (name, value) => (headers[name] = value) },
      { text: 'café ☕' },
    );
    expect(body).toBe('{"text":"café ☕"}');
    expect(headers['Content-Length']).toBe(Buffer.byteLength(body));
  });
});
