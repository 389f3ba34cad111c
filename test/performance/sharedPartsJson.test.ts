import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import fc from 'fast-check';
import restify from 'restify';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../dialogs/replies/sharedReplies';
import { createCloudAdapter } from '../../src/adapter';
import { loadConfig } from '../../src/config';
import { createServer } from '../../src/http/server';
import { formatJsonSharingFrozen, stringifySharingFrozen } from '../../src/http/sharedPartsJson';
import { createLogger } from '../../src/logger';
import { messageActivity, post } from '../support/botFramework';

/** restify's own JSON formatter, the one the bot's replaces. */
const restifyJson = Object.entries(restify.formatters).find(([type]) => type.startsWith('application/json'))?.[1] as
  ((req: unknown, res: { setHeader(name: string, value: number): void }, body: unknown) => string) | undefined;

/** Calls a formatter; its body and the Content-Length it set. */
function format(formatter: NonNullable<typeof restifyJson>, body: unknown) {
  const headers: Record<string, number> = {};
  const data = formatter({}, { setHeader: (name, value) => (headers[name] = value) }, body);
  return { data, headers };
}

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

  it('gives the bytes and the Content-Length restify’s own JSON formatter gives (docs/shortcuts.md, frozen-json)', () => {
    expect(restifyJson).toBeTypeOf('function');
    const bodies: unknown[] = [
      undefined,
      null,
      'text',
      { activities: [deepFreeze({ text: 'é', attachments: [{ content: { body: [1, 2] } }] })] },
      { error: { toJSON: () => ({ code: 'NotFound', message: 'no such route' }) } },
      { when: new Date('2026-11-30T06:00:00Z'), list: [undefined, 1] },
    ];
    for (const body of bodies) expect(format(formatJsonSharingFrozen, body)).toEqual(format(restifyJson!, body));
  });

  it('is the formatter the server answers POST /api/messages with, for the frozen parts botbuilder hands over', async () => {
    // A frozen part whose getter counts its reads: JSON computed once shows the same read in every response
    // (restify's formatter would show 1, then 2).
    let reads = 0;
    const part = deepFreeze({
      get reads() {
        return reads++;
      },
    });
    const config = loadConfig({ PORT: '0', WEB_CHAT: 'off' });
    const { server } = createServer({
      config,
      adapter: createCloudAdapter(config),
      turn: async (context: TurnContext) => {
        await context.sendActivity({ text: 'shared', attachments: [{ contentType: 'x/y', content: part }] });
      },
      logger: createLogger('silent'),
      version: 'test',
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const contents = [];
      for (const conversation of ['f-1', 'f-2']) {
        const result = await post(base, '/api/messages', messageActivity('hi', conversation));
        expect(result.status).toBe(200);
        contents.push(
          (result.body as { activities: { attachments: { content: unknown }[] }[] }).activities[0]!.attachments[0]!
            .content,
        );
      }
      expect(contents[0]).toEqual({ reads: expect.any(Number) });
      expect(contents[1]).toEqual(contents[0]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
