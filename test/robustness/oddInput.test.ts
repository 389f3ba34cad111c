import type { Activity } from 'botbuilder';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../knowledge/schema';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { testBot } from '../support/testBot';

const recognizer = new Recognizer(knowledgeBase());
const WENT_WRONG = /something went wrong/i;

/** Strings people (and attackers) send: unicode, emoji, markup, control characters, very long text. */
const messyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '**bold** _x_ `y` [z](http://e)',
    '\u0000\u0007\u001b[31m',
    '🍌🥑💪',
    'a'.repeat(10_000),
    '   ',
    '',
  ),
  fc
    .array(
      fc.constantFrom(
        'potassium',
        'cramps',
        'banana',
        'vegan',
        'help',
        'back',
        'why',
        'no',
        'and',
        'my calf',
        'chest',
        '2',
      ),
      { maxLength: 12 },
    )
    .map((w) => w.join(' ')),
);

describe('recogniser under random input', () => {
  it('never throws and always returns a known intent with a confidence in [0, 1]', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const rec = recognizer.recognize(text);
        expect(INTENTS).toContain(rec.intent);
        expect(rec.confidence).toBeGreaterThanOrEqual(0);
        expect(rec.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 3_000 },
    );
    // 3,000 recognitions: about a second, but many more on a machine busy with other builds.
  }, 30_000);
});

describe('the bot under random messages and activity shapes', () => {
  it('answers every message politely and never errors, across a long random conversation', async () => {
    const { adapter } = testBot();
    await fc.assert(
      fc.asyncProperty(messyText, async (text) => {
        adapter.activeQueue.splice(0);
        await adapter.receiveActivity(text);
        const replies = adapter.activeQueue.splice(0);
        expect(replies.length).toBeGreaterThan(0);
        for (const reply of replies) expect(reply.text ?? '').not.toMatch(WENT_WRONG);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('ignores or answers other activity types without an error', async () => {
    const { adapter } = testBot();
    const shape = fc.record({
      type: fc.constantFrom(
        'message',
        'messageUpdate',
        'messageDelete',
        'messageReaction',
        'typing',
        'event',
        'invoke',
        'installationUpdate',
        'endOfConversation',
        'somethingNew',
      ),
      text: fc.option(messyText, { nil: undefined }),
      attachments: fc.option(fc.constant([{ contentType: 'image/png', contentUrl: 'https://example.com/x.png' }]), {
        nil: undefined,
      }),
      reactionsAdded: fc.option(fc.constant([{ type: 'like' }]), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(shape, async (partial) => {
        adapter.activeQueue.splice(0);
        await adapter.processActivity(partial as Partial<Activity>);
        for (const reply of adapter.activeQueue.splice(0)) expect(reply.text ?? '').not.toMatch(WENT_WRONG);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('says it reads only text when a message has attachments and no text', async () => {
    const { adapter } = testBot();
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({
      type: 'message',
      attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/x.png' }],
    });
    expect(adapter.activeQueue[0]?.text).toMatch(/only read text/);
  });
});
