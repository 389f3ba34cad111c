/** The supplements answer says each nutrient's upper limit once. */
import { describe, expect, it } from 'vitest';
import { supplements } from '../../dialogs/answers/nutrientAnswers';
import { renderText } from '../../dialogs/rendering/renderText';
import { knowledgeBase } from '../support/knowledge';
import { say, testBot, texts } from '../support/testBot';

describe('supplements answer', () => {
  const kb = knowledgeBase();

  it.each(['vitaminD', 'calcium', 'magnesium', 'potassium', 'vitaminB12'] as const)(
    'states the upper limit of %s at most once',
    (id) => {
      const text = renderText(supplements(kb, [id]));
      expect(text.match(/upper limit/gi)?.length ?? 0).toBeLessThanOrEqual(1);
      const sentences = text.split(/(?<=\.)\s+/).map((s) => s.trim().toLowerCase());
      expect(new Set(sentences).size).toBe(sentences.length);
    },
  );

  it('gives each nutrient’s upper limit for adults', () => {
    expect(renderText(supplements(kb, ['magnesium']))).toMatch(/upper limit for adults is 350 mg/);
    expect(renderText(supplements(kb, ['vitaminD']))).toMatch(/upper limit for adults is 100 mcg \(4,000 IU\)/);
    expect(renderText(supplements(kb, ['calcium']))).toMatch(/upper limit for adults 19-50 is 2,500 mg/);
  });

  it('never gives an adult’s upper limit for a child', async () => {
    for (const id of ['vitaminD', 'calcium', 'magnesium', 'potassium', 'vitaminB12'] as const)
      expect(renderText(supplements(kb, [id], true))).not.toMatch(/for adults|\d ?(mg|mcg|IU)\b/i);
    const { adapter } = testBot();
    const all = texts(await say(adapter, 'can i give my 3 year old vitamin d gummies'));
    expect(all).toMatch(/paediatrician/);
    expect(all).not.toMatch(/4,000 IU|100 mcg|for adults/);
  });
});

describe('doses of several nutrients in one message', () => {
  it('each is checked against its own upper limit, never added together', async () => {
    const { adapter } = testBot();
    const all = texts(await say(adapter, 'my stack: D3 1000 IU, magnesium 200 mg, B12 500 mcg - is that ok?'));
    expect(all).toMatch(/Vitamin D: your dose and the upper limit/);
    expect(all).toMatch(/1,000 IU is 25 mcg/);
    expect(all).toMatch(/Magnesium: your dose and the upper limit/);
    expect(all).toMatch(/200 mg of magnesium/);
    expect(all).toMatch(/Vitamin B12: your dose and the upper limit/);
    expect(all).not.toMatch(/Together that is/);
    expect(all).not.toMatch(/times the upper limit/);
    // The shared advice is said once.
    expect(all.match(/I can’t recommend a supplement or a dose/g)).toHaveLength(1);
  });

  it('who to ask in pregnancy is said once, after every nutrient', async () => {
    const { adapter } = testBot();
    const all = texts(await say(adapter, "I'm pregnant, is 1000 IU of vitamin D and 300 mg of magnesium ok?"));
    expect(all.match(/talk to your midwife/g)).toHaveLength(1);
    expect(all.indexOf('talk to your midwife')).toBeGreaterThan(all.indexOf('Magnesium: your dose'));
    expect(all).not.toMatch(/I can’t recommend a supplement or a dose/);
  });

  it('a dose over its own limit is still flagged', async () => {
    const { adapter } = testBot();
    const all = texts(await say(adapter, 'is 1000 IU of vitamin D and 500 mg of magnesium ok'));
    expect(all).toMatch(/below the upper limit for adults of 100 mcg/);
    expect(all).toMatch(/1\.43 times the upper limit for adults of 350 mg/);
  });
});
