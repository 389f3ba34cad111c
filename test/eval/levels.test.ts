/** The blind sets' writers name levels in their own words; the harness reads them as the bot's, or fails. */
import { describe, expect, it } from 'vitest';
import { CASE_LEVELS, knownLevel, knownTop, loadCases, loadPatients } from './evaluate';

describe('levels in the blind sets', () => {
  it('reads "urgent" as "see a doctor today" and keeps the bot\'s own names', () => {
    expect(knownLevel('urgent', CASE_LEVELS, 'x')).toBe('today');
    expect(knownLevel('emergency', CASE_LEVELS, 'x')).toBe('emergency');
    expect(knownLevel('none', CASE_LEVELS, 'x')).toBe('none');
  });

  it('fails on a level it does not know, which would otherwise pass any check', () => {
    expect(() => knownLevel('critical', CASE_LEVELS, 'case-1')).toThrow('case-1: unknown level "critical"');
  });

  it('dev17, whose writer wrote "urgent", loads with known levels', () => {
    const cases = loadCases('dev17');
    expect(cases.some((c) => c.level === 'today')).toBe(true);
    expect(cases.every((c) => !c.level || (CASE_LEVELS as readonly string[]).includes(c.level))).toBe(true);
  });
});

describe('explanations in the simulated patients', () => {
  const known = ['magnesium', 'stress-and-sleep', 'endurance-sweating', 'intense-exercise'];

  it('reads the writers\' "sleep" and "sweating" as the assessment\'s explanations', () => {
    expect(knownTop('sleep', known, 'x')).toBe('stress-and-sleep');
    expect(knownTop('sweating', known, 'x')).toBe('endurance-sweating');
    expect(knownTop('magnesium', known, 'x')).toBe('magnesium');
  });

  it('fails on an explanation it does not know, which no result could ever match', () => {
    expect(() => knownTop('zinc', known, 'pt-1')).toThrow('pt-1: unknown explanation "zinc"');
  });

  it('dev16, whose writer wrote "sleep" and "sweating", loads with the assessment\'s names', () => {
    const patients = loadPatients('dev16');
    expect(patients.some((p) => p.expectedTop === 'stress-and-sleep')).toBe(true);
    expect(patients.some((p) => p.expectedTop === 'endurance-sweating')).toBe(true);
  });
});
