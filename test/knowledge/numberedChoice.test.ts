/** One reading of a typed number as a choice, used by the bot, the safety lists and the interview's questions. */
import { describe, expect, it } from 'vitest';
import { numberedChoice } from '../../knowledge/text';
import { knowledgeBase } from '../support/knowledge';
import { matchChecklist } from '../../knowledge/triage/checklist';
import { matchOption } from '../../knowledge/scoring/matchAnswer';

describe('numberedChoice', () => {
  const choices = ['first', 'second', 'third'];

  it('picks by number, counting from 1, with spaces around', () => {
    expect(numberedChoice('1', choices)).toEqual({ choice: 'first' });
    expect(numberedChoice(' 3 ', choices)).toEqual({ choice: 'third' });
  });

  it('a number no choice has is still a number: it picks nothing', () => {
    expect(numberedChoice('4', choices)).toEqual({ choice: undefined });
    expect(numberedChoice('0', choices)).toEqual({ choice: undefined });
  });

  it('anything else is not a number choice', () => {
    for (const text of ['', 'two', '2 please', '2.5', '-1', '123', 'b12'])
      expect(numberedChoice(text, choices)).toBe(undefined);
  });
});

describe('numbers in the interview', () => {
  const kb = knowledgeBase();

  it('a safety list: 1 is "None of these", 2 its first sign, and a number past the list picks nothing', () => {
    const signs = kb.data.triage.signs.filter((s) => s.checklist && s.level === 'emergency');
    const noneWords = kb.data.triage.noneWords;
    expect(matchChecklist('1', signs, noneWords)).toEqual({ ids: [], none: true });
    expect(matchChecklist('2', signs, noneWords)).toEqual({ ids: [signs[0]!.id], none: false });
    expect(matchChecklist(String(signs.length + 2), signs, noneWords)).toEqual({ ids: [], none: false });
  });

  it('a question: the option with that number, and none for a number past the options', () => {
    const fluids = kb.data.assessment.questions.find((q) => q.id === 'fluids')!;
    expect(matchOption(fluids, '2')).toBe(fluids.options[1]);
    // "8" is no option's number here, and never read as "8 glasses".
    expect(fluids.options.length).toBeLessThan(8);
    expect(matchOption(fluids, '8')).toBeUndefined();
  });
});
