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
  });
});
