/** The supplements answer says each nutrient's upper limit once. */
import { describe, expect, it } from 'vitest';
import { supplements } from '../../dialogs/answers/nutrientAnswers';
import { renderText } from '../../dialogs/rendering/renderText';
import { knowledgeBase } from '../support/knowledge';

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

  it('still gives the upper limit where the caution does not (magnesium)', () => {
    expect(renderText(supplements(kb, ['magnesium']))).toMatch(/upper limit for adults is 350 mg/);
  });
});
