import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deepFreeze, jsonOf } from '../../dialogs/replies/sharedReplies';
import { responseJson } from '../../src/http/replyJson';

const card = () => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Foods rich in potassium' }] },
});

describe('responseJson', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives exactly what JSON.stringify gives, for any body and with shared (frozen) parts', () => {
    const activity = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(activity, fc.boolean()), { maxLength: 4 }), fc.jsonValue(), (items, other) => {
        const activities = items.map(([a, freezeParts]) => {
          const copy: Record<string, unknown> = { ...a, timestamp: new Date(0), skipped: undefined };
          if (freezeParts) for (const v of Object.values(copy)) if (v && typeof v === 'object') deepFreeze(v);
          return copy;
        });
        expect(responseJson({ activities })).toBe(JSON.stringify({ activities }));
        expect(responseJson(other)).toBe(JSON.stringify(other) ?? 'null');
      }),
    );
  });

  it('serialises a shared card once, however many turns send it', () => {
    const shared = deepFreeze({ type: 'message', attachments: [card()] });
    const spy = vi.spyOn(JSON, 'stringify');
    for (let turn = 0; turn < 5; turn++) {
      const sent = { ...shared, id: `reply-${turn}`, conversation: { id: 'c1' } };
      expect(JSON.parse(responseJson({ activities: [sent] }))).toEqual({ activities: [sent] });
    }
    const attachmentCalls = spy.mock.calls.filter(([value]) => value === shared.attachments);
    expect(attachmentCalls).toHaveLength(1);
  });

  it('never keeps the JSON of an object that was not frozen whole (it may still change)', () => {
    const parts = { attachments: [card()] };
    Object.freeze(parts.attachments);
    const before = jsonOf(parts.attachments);
    parts.attachments[0]!.content.body[0]!.text = 'changed';
    expect(jsonOf(parts.attachments)).not.toBe(before);
    expect(jsonOf(parts.attachments)).toContain('changed');
  });

  it('takes apart only plain objects: a body with toJSON is serialised as JSON.stringify does', () => {
    const body = { activities: [{ toJSON: () => ({ replaced: true }) }] };
    expect(responseJson(body)).toBe(JSON.stringify(body));
    const custom = { activities: [], toJSON: () => 'custom' };
    expect(responseJson(custom)).toBe('"custom"');
  });
});
