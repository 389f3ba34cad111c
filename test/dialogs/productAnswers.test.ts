import { describe, expect, it } from 'vitest';
import { say, testBot, texts } from '../support/testBot';

const ask = async (message: string) => texts(await say(testBot('test').adapter, message));

describe('forms of supplements and foods without figures', () => {
  it('compares two forms of a nutrient, with the caution and no dose', async () => {
    const reply = await ask("magnesium citrate vs magnesium oxide, what's the difference");
    expect(reply).toContain('Magnesium citrate:');
    expect(reply).toContain('Magnesium oxide:');
    expect(reply).toContain('I can’t recommend a supplement or a dose');
    const d = await ask('d2 or d3?');
    expect(d).toMatch(/ergocalciferol/);
    expect(d).toMatch(/cholecalciferol/);
  });

  it('lists every form when asked which is best', async () => {
    expect(await ask('which form of magnesium is best')).toContain('Magnesium glycinate:');
  });

  it('a dose of a form is still checked against the limit', async () => {
    expect(await ask('I take 400mg magnesium citrate, is that ok')).toContain('times the upper limit');
  });

  it('says what matters about a food the table lacks, never a figure it does not have', async () => {
    const yeast = await ask('does nutritional yeast have b12?');
    expect(yeast).toContain('fortified');
    expect(yeast).toContain('check the label');
    const both = await ask('is nutritional yeast or spirulina a better b12 source for vegans');
    expect(both).toContain('Spirulina is not a reliable source of vitamin B12');
    expect(both).not.toMatch(/spirulina is a (good|reliable) source/i);
  });
});
