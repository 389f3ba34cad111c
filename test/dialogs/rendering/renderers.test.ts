import * as AC from 'adaptivecards';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../../../dialogs/rendering/adaptiveCard';
import { TEAMS_MAX_SUGGESTED_ACTIONS, channelFamily, renderActivity } from '../../../dialogs/rendering/renderActivity';
import { BLOCK_KIT_LIMITS, renderBlockKit } from '../../../dialogs/rendering/slackBlockKit';
import { replyCatalogue } from './replyCatalogue';

const CATALOGUE = replyCatalogue();
const CHANNELS = ['msteams', 'webchat', 'directline', 'emulator', 'slack', 'terminal', 'sms'];

/** Parses a card with the adaptivecards library; returns its warnings and errors. */
function cardProblems(card: unknown): string[] {
  const context = new AC.SerializationContext();
  new AC.AdaptiveCard().parse(card as never, context);
  return Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
}

function cards(activity: Partial<Activity>) {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE)
    .map((a) => a.content as Record<string, unknown>);
}

describe('channel families', () => {
  it('chooses the renderer by channelId', () => {
    expect(channelFamily('msteams')).toBe('teams');
    expect(['webchat', 'directline', 'emulator'].map(channelFamily)).toEqual(['webchat', 'webchat', 'webchat']);
    expect(channelFamily('slack')).toBe('slack');
    expect(channelFamily('telegram')).toBe('plain');
  });
});

describe.each(CHANNELS)('every reply kind on %s', (channel) => {
  it.each(CATALOGUE)('%s', (_name, reply) => {
    const activity = renderActivity(reply, channel);
    expect(activity.type).toBe('message');
    expect((activity.text ?? '').trim().length).toBeGreaterThan(0);
    for (const card of cards(activity)) {
      expect(card.version).toBe('1.5');
      expect(String(card.fallbackText).length).toBeGreaterThan(0);
      expect(cardProblems(card)).toEqual([]);
      expect(JSON.stringify(card)).not.toMatch(/<script>|<img/);
    }
    if (channel === 'msteams') {
      if (activity.attachments?.length) expect(activity.suggestedActions).toBeUndefined();
      expect(activity.suggestedActions?.actions.length ?? 0).toBeLessThanOrEqual(TEAMS_MAX_SUGGESTED_ACTIONS);
      if (reply.suggestions.length > TEAMS_MAX_SUGGESTED_ACTIONS) {
        expect((cards(activity)[0]?.actions as unknown[] | undefined)?.length).toBe(
          Math.min(6, reply.suggestions.length),
        );
      }
    }
    if (channel === 'slack') {
      expect(activity.attachments).toBeUndefined();
      const data = activity.channelData as { text: string; attachments: unknown[] };
      expect(data.text).toBe(activity.text);
      expect(JSON.stringify(data)).not.toMatch(/<script>|<img/);
      for (const s of reply.suggestions)
        expect(activity.text).toContain(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    }
    if (channel === 'sms')
      for (const [i, s] of reply.suggestions.entries()) expect(activity.text).toContain(`${i + 1}. ${s}`);
  });
});

describe('food lists and results', () => {
  it('shows a food list as a table with food, serving, amount and %DV columns', () => {
    const food = CATALOGUE.find(([name]) => name === 'food list')![1];
    const card = cards(renderActivity(food, 'msteams'))[0]!;
    const table = (card.body as { type: string; rows?: { cells: { items: { text: string }[] }[] }[] }[]).find(
      (e) => e.type === 'Table',
    )!;
    expect(table.rows![0]!.cells.map((c) => c.items[0]!.text)).toEqual(['Food', 'Serving', 'Amount', '%DV']);
    expect(table.rows!.length).toBe(9);
  });

  it('shows the interview result with one section per explanation', () => {
    const result = CATALOGUE.find(([name]) => name === 'assessment')![1];
    const card = cards(renderActivity(result, 'webchat'))[0]!;
    const headings = (card.body as { weight?: string; text?: string }[]).filter(
      (e) => e.weight === 'Bolder' && /^\d\\?\. /.test(e.text ?? ''),
    );
    expect(headings.length).toBeGreaterThanOrEqual(2);
  });
});

describe('Slack Block Kit (direct path)', () => {
  it.each(CATALOGUE)('%s stays within Block Kit limits', (_name, reply) => {
    const blocks = renderBlockKit(reply);
    expect(blocks.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.blocks);
    for (const block of blocks as {
      type: string;
      text?: { text: string };
      elements?: { text?: { text: string } | string; value?: string; action_id?: string }[];
    }[]) {
      if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.sectionText);
      if (block.type === 'header') expect(block.text!.text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.headerText);
      if (block.type === 'actions') {
        expect(block.elements!.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.buttons);
        const ids = block.elements!.map((e) => e.action_id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const e of block.elements!)
          expect((e.text as { text: string }).text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.buttonText);
      }
    }
    expect(JSON.stringify(blocks)).not.toMatch(/<script>|<img/);
  });

  it('turns suggestions into buttons whose value is the choice text', () => {
    const blocks = renderBlockKit(CATALOGUE.find(([name]) => name === 'food list')![1]);
    const actions = blocks.find((b) => b.type === 'actions') as { elements: { value: string }[] };
    expect(actions.elements.map((e) => e.value)).toContain('Check my symptoms');
  });
});

describe('the “was this helpful?” control on each channel', () => {
  const tag = { kind: 'foodList', intent: 'foodsForNutrient' } as const;
  const answers = CATALOGUE.filter(([, r]) => ['foodList', 'nutrientInfo', 'assessment', 'doctor'].includes(r.kind));

  it.each(answers)(
    '%s: card buttons in Web Chat and Teams channels, valid cards whose buttons carry the rating',
    (_n, reply) => {
      for (const channel of ['webchat', 'msteams']) {
        const activity = renderActivity(reply, channel, { feedback: { ...tag, style: 'card' } });
        const [card] = cards(activity);
        expect(cardProblems(card)).toEqual([]);
        const actionSet = (card!.body as { type: string; actions?: { title: string; data: unknown }[] }[]).find(
          (e) => e.type === 'ActionSet',
        );
        expect(actionSet?.actions?.map((a) => [a.title, a.data])).toEqual([
          ['👍 Helpful', { nutribot: 'feedback', rating: 'helpful', ...tag }],
          ['👎 Not helpful', { nutribot: 'feedback', rating: 'unhelpful', ...tag }],
        ]);
        expect(activity.channelData).toBeUndefined();
      }
    },
  );

  it.each(answers)('%s: Teams’ own buttons in a personal chat, the flag alone in channelData', (_n, reply) => {
    const activity = renderActivity(reply, 'msteams', { feedback: { ...tag, style: 'teamsLoop' } });
    expect(activity.channelData).toEqual({ feedbackLoopEnabled: true });
    expect(JSON.stringify(activity.attachments ?? [])).not.toMatch(/Was this helpful/);
  });

  it.each(answers)('%s: Block Kit buttons on the direct Slack path, within its limits', (_n, reply) => {
    const blocks = renderBlockKit(reply, tag);
    expect(blocks.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.blocks);
    const last = blocks.at(-1) as { type: string; elements: { action_id: string; value: string }[] };
    expect(last.type).toBe('actions');
    expect(last.elements.map((e) => e.action_id)).toEqual(['feedback-helpful', 'feedback-unhelpful']);
    expect(JSON.parse(last.elements[0]!.value)).toEqual(tag);
  });

  it('a simple text answer becomes a card in Web Chat to hold the buttons; text channels get no control', () => {
    const simple = { ...CATALOGUE.find(([, r]) => r.kind === 'feedback')![1], kind: 'doctor' as const };
    expect(cards(renderActivity(simple, 'webchat', { feedback: { ...tag, style: 'card' } }))).toHaveLength(1);
    expect(renderActivity(simple, 'terminal').text).not.toMatch(/helpful\?/i);
  });
});
