import { describe, expect, it } from 'vitest';
import { type Question, assessmentModelSchema } from '../../../knowledge/scoring/assessmentSchema';
import { matchOption } from '../../../knowledge/scoring/matchAnswer';
import { knowledgeBase } from '../../support/knowledge';

/**
 * A question of the real model, copied in each test: matchOption compiles each question once, so a copy
 * makes every test compile its own (and so check the compiling too, in mutation runs).
 */
const question = (id: string): Question =>
  structuredClone(knowledgeBase().data.assessment.questions.find((q) => q.id === id)!);

/** A made-up question whose only long phrase is "magnesium" (nine letters), for the spelling limits. */
function magnesiumQuestion(): Question {
  const model = assessmentModelSchema.parse({
    candidates: [
      { id: 'magnesium', kind: 'nutrient', name: 'Magnesium' },
      { id: 'calcium', kind: 'nutrient', name: 'Calcium' },
    ],
    symptomWeights: [],
    questions: [
      {
        id: 'supplement',
        text: 'Which supplement do you take?',
        why: 'Some supplements change the picture.',
        options: [
          { value: 'magnesium', label: 'Magnesium', synonyms: [] },
          { value: 'none', label: 'None', synonyms: ['no'] },
        ],
      },
    ],
    cautions: [],
    prefill: [],
  });
  return model.questions[0]!;
}

const valueOf = (q: Question, text: string) => matchOption(q, text)?.value;

describe('matchOption: an answer as an option’s words', () => {
  it('reads an option’s label, value or synonym, in any case and with any punctuation', () => {
    expect(valueOf(question('diet'), 'Vegan')).toBe('vegan');
    expect(valueOf(question('diet'), 'I eat meat or fish.')).toBe('omnivore');
    expect(valueOf(question('diet'), 'PLANT BASED')).toBe('vegan');
    // A value's hyphens read as spaces, as the answer's do.
    expect(valueOf(question('medications'), 'acid reducer')).toBe('acid-reducer');
    expect(valueOf(question('medications'), 'acid-reducer')).toBe('acid-reducer');
    expect(valueOf(question('training'), 'new or more')).toBe('new-or-more');
  });

  it('reads a number as the listed option of that number, never an unlisted one', () => {
    const medications = question('medications');
    expect(medications.options.map((o) => o.value)).toContain('steroids');
    // Listed: diuretics, ppi, metformin, statin, none; steroids and the rarer ones are recognised, not listed.
    expect(valueOf(medications, '5')).toBe('none');
    expect(valueOf(medications, '6')).toBeUndefined();
    expect(valueOf(medications, 'steroids')).toBe('steroids');
  });

  it('picks the longest phrase inside an answer, not a shorter one it contains', () => {
    // "enough" is Plenty; "not enough" is Not much.
    expect(valueOf(question('fluids'), 'probably not enough')).toBe('little');
    expect(valueOf(question('fluids'), 'I think enough')).toBe('plenty');
    // "meat" is I eat meat or fish; "no meat" is Vegetarian.
    expect(valueOf(question('diet'), 'no meat at all')).toBe('vegetarian');
  });

  it('never picks an option the answer denies in the same clause', () => {
    expect(valueOf(question('diet'), 'no, I’m not vegan')).toBeUndefined();
    expect(valueOf(question('diet'), 'never been vegan, i eat everything')).toBe('omnivore');
    expect(valueOf(question('diet'), 'not vegan, vegetarian')).toBe('vegetarian');
    expect(valueOf(question('diet'), 'I don’t eat meat')).toBe('vegetarian');
    expect(valueOf(question('diet'), 'i dont eat animal products')).toBe('vegan');
    // A "no" in a clause of its own denies nothing after it.
    expect(valueOf(question('diet'), 'no, plant based')).toBe('vegan');
    expect(valueOf(question('diet'), 'no. I eat meat')).toBe('omnivore');
  });

  it('of equally long phrases inside an answer, takes the option listed first', () => {
    // "milk" (Every day) and "some" (A few times a week) are both four letters: Every day comes first.
    expect(valueOf(question('dairy'), 'some milk')).toBe('daily');
    expect(valueOf(question('dairy'), 'milk some')).toBe('daily');
  });

  it('reads a misspelling of an option', () => {
    expect(valueOf(question('diet'), 'vegetarain')).toBe('vegetarian');
    expect(valueOf(question('medications'), 'metfromin')).toBe('metformin');
    expect(valueOf(question('duration'), 'a few wekks')).toBe('weeks');
  });

  it('takes a misspelling at most three letters shorter or longer than the option it resembles', () => {
    const q = magnesiumQuestion();
    expect(valueOf(q, 'magnes')).toBe('magnesium'); // three letters short
    expect(valueOf(q, 'magne')).toBeUndefined(); // four
    expect(valueOf(q, 'magnessium')).toBe('magnesium');
    expect(valueOf(q, 'mmagnessiuum')).toBe('magnesium'); // three letters long
    expect(valueOf(q, 'mmagnessiuuum')).toBeUndefined(); // four
    // The real model: "diur" is too short to be sure it means diuretics.
    expect(valueOf(question('medications'), 'diuret')).toBe('diuretics');
    expect(valueOf(question('medications'), 'diur')).toBeUndefined();
  });

  it('does not guess on an answer that names no option', () => {
    expect(valueOf(question('diet'), 'what foods have potassium')).toBeUndefined();
    expect(valueOf(question('diet'), '!!!')).toBeUndefined();
    expect(valueOf(question('medications'), 'I would rather not say which tablets I take')).toBeUndefined();
  });
});
