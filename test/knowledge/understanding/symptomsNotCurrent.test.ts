import { describe, expect, it } from 'vitest';
import { symptomsNotCurrent } from '../../../knowledge/understanding/symptomsNotCurrent';
import { knowledgeBase } from '../../support/knowledge';

const kb = knowledgeBase();
const notNow = (text: string) => [...symptomsNotCurrent(kb, text)];

describe('symptomsNotCurrent', () => {
  it.each([
    ['Pt denies CP, SOB, palpitations. c/o calf cramps', 'irregular-heartbeat'],
    ['NOT having: chest pain, palpitations, fainting, numbness, weakness.', 'weakness'],
    ['no racing heart or skipped beats on potassium, just wanted to check the dose', 'irregular-heartbeat'],
    ['was in a&e last month for palpitations, all tests normal, now its just calf cramps', 'irregular-heartbeat'],
    // Gone already: pins and needles after lying on a hand, a cramp gone by morning.
    ['pins and needles in my hand after sleeping on it, gone in 2 mins', 'tingling-hands-feet'],
    ['tingling fingers this morning, all gone now', 'tingling-fingers'],
  ])('"%s": %s is not told as now', (text, id) => {
    expect(notNow(text)).toContain(id);
  });

  it.each([
    ['vegan since uni, 8 years, never supplemented, tingling feet and a sore tongue', 'tingling-hands-feet'],
    ['my heart keeps skipping beats tonight', 'irregular-heartbeat'],
    ['cramps in my hands and my mouth feels numb like after the dentist but i havent been', 'tingling-hands-feet'],
    ['tingling in my feet that has not gone away in weeks', 'tingling-hands-feet'],
  ])('"%s": %s is told as now', (text, id) => {
    expect(notNow(text)).not.toContain(id);
  });
});
