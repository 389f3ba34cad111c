/**
 * Details of answers: what a medicine told by its kind lowers, whose Daily Value a label uses for a child
 * under 4, and two foods compared for a nutrient neither has.
 */
import { describe, expect, it } from 'vitest';
import { lastReply } from '../support/testBot';

describe('a medicine told by its kind', () => {
  it('says what water tablets lower, and who to ask', async () => {
    const reply = await lastReply("my dad's 82 and keeps getting cramps at night. he's on water tablets for his heart");
    expect(reply).toMatch(/Diuretics \(water pills\) can lower potassium/);
    expect(reply).toMatch(/Diuretics \(water pills\) can lower magnesium/);
    expect(reply).toMatch(/prescriber or pharmacist/);
  });
});

describe('the label’s Daily Value for a child under 4', () => {
  it('says the label figure is for adults and children from 4 when asked about a baby or a toddler', async () => {
    for (const q of ['how much vitamin d does a baby need', 'how much calcium does my 2 year old need'])
      expect(await lastReply(q)).toContain('for adults and children aged 4 and over');
    expect(await lastReply('how much b12 does a 4 year old need')).toContain(
      'Food labels use a Daily Value of 2.4 mcg.',
    );
  });
});

describe('comparisons', () => {
  it('never says one of two foods with none has more', async () => {
    const reply = await lastReply('almonds vs cashews');
    expect(reply).toContain('Neither has any vitamin D to speak of.');
    expect(reply).not.toMatch(/has more vitamin D \(0 mcg against 0 mcg\)/);
  });
});

describe('an age a need is asked for', () => {
  it('reads "do I need at 55" as her age', async () => {
    const reply = await lastReply('how much calcium do i need at 55, female, post menopause');
    expect(reply).toContain('Recommended for you (a woman, aged 55): 1,200 mg');
  });

  it('reads no age in a result that "came back at 12"', async () => {
    expect(await lastReply('my vitamin d came back at 12, how much do i need')).not.toContain('aged 12');
  });
});
