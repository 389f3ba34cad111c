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

  it('a food beside a supplement: what the food gives, with what matters beyond the figure', async () => {
    const reply = await ask('cod liver oil or a vitamin D tablet - which is better?');
    expect(reply).toContain('1 tsp (4.5 g) of cod liver oil has about 11.3 mcg (450 IU) of vitamin D');
    expect(reply).toContain('preformed vitamin A');
    expect(reply).toContain('I can’t recommend a supplement or a dose');
  });
});

describe('asking back and declining by name', () => {
  it('asks for age and sex when the writer asks their own need and it depends on them', async () => {
    expect(await ask('how much magnesium should I be having each day?')).toContain(
      'Could you tell me your age and sex',
    );
    expect(await ask('how much b12 do I need')).not.toContain('Could you tell me your age and sex');
  });

  it('declines weight loss by name, and names an off-topic question without its time words', async () => {
    expect(await ask('can you help me plan a diet to lose 10 kilos')).toContain('“weight loss and diet plans”');
    expect(await ask('which foods have magnesium? trying to lose weight')).toContain('Magnesium');
    expect(await ask('who won the champions league last year')).toContain('“won champions league”');
  });

  it('"plants" asks for plant foods: B12 from fortified ones', async () => {
    expect(await ask('is there any b12 in plants')).toMatch(/fortified/);
  });

  it('declines a condition asked about as a cause by name, and still offers the symptom check', async () => {
    expect(await ask('can diabetes cause cramps')).toContain('“diabetes”');
    const ms = await ask('could it be ms? my arm keeps twitching');
    expect(ms).toContain('see a doctor');
    expect(ms).toContain('quick symptom check');
    // Told as their own, with symptoms: the symptom check, not a decline.
    expect(await ask("I'm diabetic and my legs cramp")).toContain('So far I have');
  });

  it('says when a diet asked for cannot be checked', async () => {
    expect(await ask('halal sources of vitamin d')).toContain('I can’t check foods for a halal diet');
  });
});
