import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type InterviewState,
  MAX_BACK_STEPS,
  type Stage,
  advance,
  freshInterview,
  goBack,
} from '../../dialogs/interview/interviewState';
import type { Warning } from '../../knowledge/triage/warningScreen';

const STAGES: Stage[] = ['symptoms', 'confirm', 'screenEmergency', 'screenUrgent', 'question'];
const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 });
const change = fc.record(
  {
    stage: fc.constantFrom(...STAGES),
    answers: fc.record({
      symptoms: ids,
      factors: fc.dictionary(fc.constantFrom('plants', 'diet', 'kidney'), fc.constantFrom('yes', 'no', 'rarely')),
      triage: ids,
    }),
    asked: ids,
    questionId: fc.option(fc.constantFrom('plants', 'diet'), { nil: undefined }),
    misses: fc.nat(2),
  },
  { requiredKeys: [] },
);

/** A state without its undo records, as the person sees it after coming back (misses reset). */
const visible = ({ history: _history, ...rest }: InterviewState) => ({ ...rest, misses: 0 });

describe('interview undo records', () => {
  it('"back" returns exactly to each earlier step, as far back as MAX_BACK_STEPS', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: MAX_BACK_STEPS + 4 }), (changes) => {
        const states = [freshInterview(['a'])];
        for (const c of changes) states.push(advance(states.at(-1)!, c));
        let current: InterviewState | undefined = states.at(-1)!;
        const reachable = Math.min(changes.length, MAX_BACK_STEPS);
        for (let back = 1; back <= reachable; back++) {
          current = goBack(current!);
          expect(current && visible(current)).toEqual(visible(states.at(-1 - back)!));
        }
        expect(goBack(current!)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('keeps only what each step changed', () => {
    const start = freshInterview(['twitching']);
    const next = advance(start, { stage: 'screenEmergency' });
    expect(next.history).toEqual([{ stage: 'confirm' }]);
    // And back to exactly that state: no life stage, result or medicine appears that was never told.
    expect(goBack(next)).toStrictEqual(start);
  });

  it('starts with nothing answered: no symptoms, answers or warning signs', () => {
    expect(freshInterview()).toStrictEqual({
      stage: 'symptoms',
      answers: { symptoms: [], factors: {}, triage: [] },
      asked: [],
      misses: 0,
      history: [],
    });
  });

  it('records no answer or stage a step left as it was, even as a new copy', () => {
    const start = advance(freshInterview(['cramps']), {
      stage: 'question',
      answers: { symptoms: ['cramps'], factors: { diet: 'vegan' }, triage: [] },
    });
    const next = advance(start, {
      stage: 'question',
      answers: { symptoms: ['cramps'], factors: { diet: 'vegan' }, triage: [] },
      asked: ['diet'],
    });
    expect(next.history.at(-1)).toStrictEqual({ asked: [] });
  });
});

describe('going back over life stages, blood results and medicines', () => {
  const lab = (id: string) => ({ id, level: 'soon', label: id, advice: { text: id, source: 'S' } }) as Warning;
  const low = lab('lab-potassium-low');
  const high = lab('lab-calcium-high');
  // A child, then a blood result and a medicine, then a second stage and result, then an answer.
  const s0 = freshInterview(['cramps']);
  const s1 = advance(s0, { stage: 'question', answers: { ...s0.answers, context: ['child'] } });
  const s2 = advance(s1, { answers: { ...s1.answers, labs: [low], medicines: ['ppi'] } });
  const s3 = advance(s2, { answers: { ...s2.answers, context: ['child', 'breastfeeding'], labs: [low, high] } });
  const s4 = advance(s3, { answers: { ...s3.answers, factors: { diet: 'vegan' } } });

  it('an undone answer keeps the stages, results and medicines told before it', () => {
    expect(goBack(s4)!.answers).toStrictEqual({
      symptoms: ['cramps'],
      factors: {},
      triage: [],
      context: ['child', 'breastfeeding'],
      labs: [low, high],
      medicines: ['ppi'],
    });
  });

  it('each undone step puts back the stages and results it changed; medicines named stay named', () => {
    const back3 = goBack(goBack(s4)!)!;
    expect(back3.answers).toStrictEqual({
      symptoms: ['cramps'],
      factors: {},
      triage: [],
      context: ['child'],
      labs: [low],
      medicines: ['ppi'],
    });
    const back2 = goBack(back3)!;
    expect(back2.answers).toStrictEqual({
      symptoms: ['cramps'],
      factors: {},
      triage: [],
      context: ['child'],
      medicines: ['ppi'],
    });
    const back1 = goBack(back2)!;
    expect(back1.answers).toStrictEqual({ symptoms: ['cramps'], factors: {}, triage: [], medicines: ['ppi'] });
    // Back at the start exactly: no stage, result or question left behind as an empty entry.
    expect(back1).toStrictEqual({ ...s0, answers: { ...s0.answers, medicines: ['ppi'] } });
  });
});
