import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentModel } from '../../../knowledge/scoring/assessmentSchema';
import { mentionedAnswers } from '../../../knowledge/scoring/matchAnswer';
import { normalize } from '../../../knowledge/text';
import { isDenied, normalizeForScreen } from '../../../knowledge/triage/warningScreen';
import { knowledgeBase } from '../../support/knowledge';

/** The plain reading, every mention of every option in model order: what the indexed one must answer. */
function plainMentionedAnswers(model: AssessmentModel, message: string): Record<string, string> {
  const text = ` ${normalize(message)} `;
  const raw = normalizeForScreen(message);
  const found: Record<string, string> = {};
  for (const q of model.questions)
    for (const o of q.options)
      for (const m of o.mentions ?? []) {
        if (!text.includes(` ${normalize(m)} `)) continue;
        const at = raw.indexOf(m.toLowerCase());
        if (at >= 0 && isDenied(raw.slice(0, at))) continue;
        found[q.id] = o.value;
      }
  return found;
}

describe('answers given in passing by naming an option', () => {
  // A copy for each test: mentionedAnswers indexes each model once, so each test indexes its own (and so
  // checks the indexing too, in mutation runs).
  let model: AssessmentModel;
  beforeEach(() => {
    model = structuredClone(knowledgeBase().data.assessment);
  });

  it('reads a medicine, a diet or kidney disease named anywhere, unless denied', () => {
    expect(mentionedAnswers(model, 'I take furosemide every morning').medications).toBe('diuretics');
    expect(mentionedAnswers(model, 'I take Lasix').medications).toBe('diuretics');
    expect(mentionedAnswers(model, "I'm vegan and my calf twitches").diet).toBe('vegan');
    expect(mentionedAnswers(model, 'I have chronic kidney disease').kidney).toBeDefined();
    expect(mentionedAnswers(model, 'no diuretics, just cramps').medications).toBeUndefined();
    expect(mentionedAnswers(model, 'what foods have potassium?')).toEqual({});
  });

  it('reads a mention only as whole words, all of them', () => {
    expect(mentionedAnswers(model, 'I have chronic kidney disease')).toEqual({ kidney: 'yes' });
    // "chronic" starts a mention, but the rest of it is not there.
    expect(mentionedAnswers(model, 'I have chronic back pain')).toEqual({});
    expect(mentionedAnswers(model, 'I have chronic kidneys')).toEqual({});
    // Inside a longer word is no mention: "smokers" is not "smoker", "vegans" is not "vegan".
    expect(mentionedAnswers(model, 'my friends are vegans')).toEqual({});
  });

  it('reads each of several mentions that start with the same word', () => {
    expect(mentionedAnswers(model, 'I smoke').nicotine).toBe('yes');
    expect(mentionedAnswers(model, 'I vape').nicotine).toBe('yes');
    expect(mentionedAnswers(model, 'started running in May').training).toBe('new-or-more');
    expect(mentionedAnswers(model, 'started crossfit in May').training).toBe('new-or-more');
  });

  it('reads a mention at the very start of the message and answers several questions at once', () => {
    expect(mentionedAnswers(model, 'Furosemide, every morning')).toEqual({ medications: 'diuretics' });
    expect(mentionedAnswers(model, 'Vegan, I smoke and I take Lasix')).toEqual({
      diet: 'vegan',
      nicotine: 'yes',
      medications: 'diuretics',
    });
  });

  it('skips a mention the message denies, however it is capitalised', () => {
    expect(mentionedAnswers(model, 'I do not take Furosemide')).toEqual({});
    expect(mentionedAnswers(model, "I'm not VEGAN but I smoke")).toEqual({ nicotine: 'yes' });
    expect(mentionedAnswers(model, 'No Lasix, just cramps')).toEqual({});
  });

  it('skips a medicine told as not taken now, and keeps one taken in the same message', () => {
    expect(mentionedAnswers(model, "I don't take furosemide")).toEqual({});
    expect(mentionedAnswers(model, 'i stopped taking omeprazole last year')).toEqual({});
    expect(mentionedAnswers(model, 'i used to take metformin')).toEqual({});
    expect(mentionedAnswers(model, 'i came off omeprazole')).toEqual({});
    expect(mentionedAnswers(model, "I take furosemide, I don't take omeprazole")).toEqual({ medications: 'diuretics' });
  });

  it('reads a mention written with an apostrophe, not denied by a denial of something else after it', () => {
    // The mention "dont drink milk" is not found as written in "I don't drink milk", so no denial is looked for
    // before it; "no cheese" later in the message does not deny it.
    expect(mentionedAnswers(model, "I don't drink milk, no cheese either")).toEqual({ dairy: 'rarely' });
    expect(mentionedAnswers(model, "my kidneys don't work, no dialysis yet")).toEqual({ kidney: 'yes' });
  });

  it('reads new or stepped-up training told in everyday words', () => {
    for (const message of [
      'started crossfit 2 wks ago, 6 days a week (was doing nothing before lol)',
      'went from 0 to 6 sessions a week',
      'week 3 of couch to 5k',
    ])
      expect(mentionedAnswers(model, message).training, message).toBe('new-or-more');
    expect(mentionedAnswers(model, 'started a new job last month').training).toBeUndefined();
  });

  it('answers as reading every mention in model order would, for messages built from the mentions', () => {
    const mentions = model.questions.flatMap((q) => q.options.flatMap((o) => o.mentions ?? []));
    const words = fc.constantFrom(...mentions, 'no', 'not', 'and', 'but', 'i', 'take', 'my', 'calf', 'cramps', '.');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 10 }), (parts) => {
        const message = parts.join(' ');
        expect(mentionedAnswers(model, message)).toEqual(plainMentionedAnswers(model, message));
      }),
      { numRuns: 3_000 },
    );
  });
});
