/**
 * The pieces of the one triage rule set, each through its public function: safety-list answers, blood
 * results and their wording, rules from what the interview learnt, and the order of levels.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { checklistSigns, matchChecklist } from '../../../knowledge/triage/checklist';
import { LabReader, describeFinding, findingAdvice } from '../../../knowledge/triage/labValues';
import { ruleApplies, triage } from '../../../knowledge/triage/triageRules';
import { LEVELS, higher, levelRank } from '../../../knowledge/triage/triageSchema';
import { byUrgency, isDenied, labWarning } from '../../../knowledge/triage/warningScreen';
import { knowledgeBase } from '../../support/knowledge';

const kb = knowledgeBase();
const model = kb.data.triage;
// Built for each test, so that a mutation test run (modules shared between files) builds it per mutant.
let labs: LabReader;
beforeEach(() => {
  labs = new LabReader(model.labs);
});
const sign = (id: string) => model.signs.find((s) => s.id === id)!;

describe('levels', () => {
  it('are ordered least urgent first, and higher() keeps the more urgent', () => {
    expect(LEVELS.map(levelRank)).toEqual([0, 1, 2, 3]);
    for (const a of LEVELS) for (const b of LEVELS) expect(higher(a, b)).toBe(levelRank(a) >= levelRank(b) ? a : b);
    expect(higher('soon', 'emergency')).toBe('emergency');
    expect(higher('today', 'soon')).toBe('today');
    expect(higher('soon', 'soon')).toBe('soon');
  });

  it('byUrgency sorts the most urgent first and keeps equals in place', () => {
    const w = (id: string, level: 'soon' | 'today' | 'emergency') => ({
      id,
      level,
      label: id,
      advice: { text: '', source: 'X' },
    });
    const sorted = [w('a', 'soon'), w('b', 'emergency'), w('c', 'today'), w('d', 'soon')].sort(byUrgency);
    expect(sorted.map((x) => x.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(byUrgency(w('a', 'today'), w('b', 'today'))).toBe(0);
  });
});

describe('answers to a safety list', () => {
  const emergencyList = checklistSigns(model, ['emergency']);
  const laterList = checklistSigns(model, ['today', 'soon']);

  it('offers only listed signs of the asked levels, leaving out those already told', () => {
    expect(emergencyList.length).toBeGreaterThan(3);
    expect(emergencyList.every((s) => s.level === 'emergency' && s.checklist)).toBe(true);
    expect(emergencyList.map((s) => s.id)).not.toContain('overdose');
    expect(laterList.every((s) => s.level !== 'emergency')).toBe(true);
    expect(laterList.map((s) => s.level)).toEqual(expect.arrayContaining(['today', 'soon']));
    const withoutChest = checklistSigns(model, ['emergency'], ['chest-pain']);
    expect(withoutChest.map((s) => s.id)).toEqual(emergencyList.map((s) => s.id).filter((id) => id !== 'chest-pain'));
  });

  it.each([
    ['1', [], true],
    ['2', ['chest-pain'], false],
    ['3', ['breathing-swallowing'], false],
    ['99', [], false],
    ['Chest pain or pressure', ['chest-pain'], false],
    ['I fainted and my chest feels tight', ['chest-pain', 'fainting'], false],
    ['none', [], true],
    ['None of these', [], true],
    ['no, none of them', [], true],
    ['nope thanks', [], true],
    ['not really', [], true],
    ['knowing', [], false],
    ['what?', [], false],
  ])('"%s" picks %j (none: %s)', (text, ids, none) => {
    expect(emergencyList[0]?.id).toBe('chest-pain');
    const match = matchChecklist(text, emergencyList, model.noneWords);
    expect(match).toEqual({ ids: expect.arrayContaining(ids), none });
    expect(match.ids).toHaveLength(ids.length);
  });

  it('a sign named in the answer wins over a "no" in it', () => {
    expect(matchChecklist('no, but chest pain', emergencyList, model.noneWords)).toEqual({
      ids: ['chest-pain'],
      none: false,
    });
  });
});

describe('blood results', () => {
  const read = (text: string) =>
    labs
      .read(text)
      .map((f) => `${f.range.nutrient} ${Number(f.value.toFixed(2))} ${f.typed.unit} ${f.direction} ${f.level ?? '-'}`);

  it.each([
    ['potassium 2.4', ['potassium 2.4 mmol/L low emergency']],
    // A band's bound belongs to the milder side: above 6.5 is an emergency, 6.5 itself is not.
    ['potassium 6.5', ['potassium 6.5 mmol/L high today']],
    ['potassium 5.5', ['potassium 5.5 mmol/L high soon']],
    ['potassium 5', ['potassium 5 mmol/L normal -']],
    // The plausible range's bounds are read; past them it is no potassium result.
    ['potassium 10 mmol/l', ['potassium 10 mmol/L high emergency']],
    ['potassium 10.1 mmol/l', []],
    ['potassium 1 mmol/l', ['potassium 1 mmol/L low emergency']],
    ['potassium 0.9 mmol/l', []],
    // A drop told after a result with a decimal point is no food ("2 large bananas" is).
    ['potassium was 2.9 big drop from last time', ['potassium 2.9 mmol/L low today']],
    // An age word in the middle of the gap is not an age: "after the injections went up to".
    ['b12 after the injections went up to 900', ['vitaminB12 900 pg/mL normal -']],
    ['my potassium, taken with the bloods yesterday, 3.1', ['potassium 3.1 mmol/L low soon']],
    // Two words between the name and a number are close enough without a word that says "result".
    ['calcium on monday 2.1', ['calcium 8.42 mmol/L low soon']],
    ['potassium 2.5', ['potassium 2.5 mmol/L low today']],
    ['potassium 3.0', ['potassium 3 mmol/L low soon']],
    ['potassium 3.5', ['potassium 3.5 mmol/L normal -']],
    ['potassium 5.0', ['potassium 5 mmol/L normal -']],
    ['potassium 5.2 mmol', ['potassium 5.2 mmol/L high soon']],
    ['potassium 5.8', ['potassium 5.8 mmol/L high today']],
    ['k+ 6.6', ['potassium 6.6 mmol/L high emergency']],
    ['potassium 0.5', []],
    ['potassium 12', []],
    ['calcium 2.1', ['calcium 8.42 mmol/L low soon']],
    ['calcium 9.1', ['calcium 9.1 mg/dL normal -']],
    ['calcium 7.0 mg/dl', ['calcium 7 mg/dL low today']],
    ['calcium 11', ['calcium 11 mg/dL high soon']],
    ['magnesium 0.6', ['magnesium 1.46 mmol/L low soon']],
    ['vit d 30 nmol/l', ['vitaminD 12 nmol/L low soon']],
    ['b12 150 pmol', ['vitaminB12 203.25 pmol/L low soon']],
    ['b12 level 1200', []],
  ])('"%s" reads as %j', (text, expected) => {
    if (text === 'b12 level 1200') {
      // Above the usual range but no band: read, with no level.
      expect(read(text)).toEqual(['vitaminB12 1200 pg/mL high -']);
      return;
    }
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'potassium for 3 weeks',
    'i took potassium 99 mg',
    'magnesium 400 mg a day',
    'vitamin d 2000 iu',
    'b12 shots 2 times',
    'vitamin k 2.3',
    'd3 5000 iu daily',
    'i eat potassium every 2 days',
    'i take 500mg magnesium and 2 eggs',
    'calcium &2 prunes',
    'calcium in 10 large eggs',
    'b12 absorption after 50',
    'b12 age 70',
    'magnesium b6 50',
    'potassium in h2o 2',
    'calcium plus 3 prunes',
    'potassium & 4 dates',
    'vit d in 2 eggs',
    'b12 in 3 sardines',
  ])('"%s" is not a result', (text) => {
    expect(labs.read(text)).toEqual([]);
  });

  it('reads a result after "in" when the words after it say it is one ("vitamin d in the last test was 12")', () => {
    expect(labs.read('my vitamin d in the last test was 12').map((f) => f.value)).toEqual([12]);
  });

  it('reads a result after words such as "level was" or "came back", and keeps them in order', () => {
    expect(read('my potassium level was 2.9 and my calcium came back 7.2')).toEqual([
      'potassium 2.9 mmol/L low today',
      'calcium 7.2 mg/dL low today',
    ]);
    expect(read('potassium, with the test at 3.1')).toEqual(['potassium 3.1 mmol/L low soon']);
    expect(read('potassium 2,9')).toEqual(['potassium 2.9 mmol/L low today']);
  });

  it('says a result back in plain words, with the unit assumed when none was given', () => {
    const [low] = labs.read('potassium 2.9');
    expect(describeFinding(low!)).toBe(
      'A potassium result of 2.9 mmol/L (I assumed mmol/L), below the usual adult range of 3.5–5 mmol/L',
    );
    const [high] = labs.read('vit d 60 ng/ml');
    expect(describeFinding(high!)).toBe('A vitamin D result of 60 ng/mL, above the usual adult range of 20–50 ng/mL');
    const [normal] = labs.read('b12 is 500');
    expect(describeFinding(normal!)).toMatch(/^A vitamin B12 result of 500 pg\/mL \(I assumed pg\/mL\), within/);
    const [converted] = labs.read('calcium 1.8 mmol/l');
    expect(describeFinding(converted!)).toContain('calcium result of 1.8 mmol/L, below');
  });

  it('advises by level: emergency, today, soon (and soon for a result with no band)', () => {
    const advice = (text: string) => findingAdvice(labs.read(text)[0]!, model.labAdvice);
    expect(advice('potassium 2.3').text).toMatch(/call your doctor now, or go to an emergency department/);
    expect(advice('potassium 2.8').text).toMatch(/^Contact your doctor today/);
    expect(advice('potassium 3.2').text).toMatch(/^Talk to your doctor about this result in the next few days/);
    expect(advice('b12 1200').text).toMatch(/^Talk to your doctor/);
    expect(advice('potassium 2.3').source).toBe('MEDLINEPLUS_LABS');
  });

  it('raises a warning only for a result with a level', () => {
    expect(labWarning(labs.read('potassium 2.3')[0]!, model.labAdvice)).toMatchObject({
      id: 'lab-potassium-low',
      level: 'emergency',
      label: expect.stringMatching(/^A potassium result of 2.3/),
      advice: { source: 'MEDLINEPLUS_LABS' },
    });
    expect(labWarning(labs.read('vit d 60')[0]!, model.labAdvice)).toMatchObject({
      id: 'lab-vitamind-high',
      level: 'soon',
    });
    expect(labWarning(labs.read('potassium 4.1')[0]!, model.labAdvice)).toBeUndefined();
  });
});

describe('denials', () => {
  // What comes before a sign, as the screen passes it (up to the sign, trailing space included).
  it.each([
    ['no ', true],
    ['i have no ', true],
    ['never had any real ', true],
    ['no fever but ', false],
    ['no fever. ', false],
    ['i dont ', true],
    ['i do not ever ', true],
    ['she doesnt get ', true],
    ['i dont get any cramps or ', true],
    ['no fever, cough, cold or ', true],
    ['no fever one two three four five six or ', true],
    // A list of up to twelve words after the denial ("not had any fainting, slurred speech, weakness on one side or").
    ['no fever one two three four five six seven eight nine or ', true],
    ['no fever one two three four five six seven eight nine ten eleven twelve or ', false],
    ['no one two three four ', false],
    ['my ', false],
    ['', false],
  ])('"%s …" denies what follows: %s', (before, denied) => {
    expect(isDenied(before)).toBe(denied);
  });
});

describe('rules and the level they set', () => {
  const rule = (id: string) => model.rules.find((r) => r.id === id)!;
  const input = { signs: [], symptoms: [], factors: {} };

  it('each kind of rule applies on its own condition only', () => {
    expect(ruleApplies(rule('tingling-mouth'), { ...input, symptoms: ['tingling-mouth'] })).toBe(true);
    expect(ruleApplies(rule('tingling-mouth'), { ...input, symptoms: ['cramps'] })).toBe(false);
    expect(ruleApplies(rule('long-duration'), { ...input, factors: { duration: 'weeks' } })).toBe(true);
    expect(ruleApplies(rule('long-duration'), { ...input, factors: { duration: 'days' } })).toBe(false);
    expect(ruleApplies(rule('long-duration'), input)).toBe(false);
    expect(ruleApplies(rule('pregnancy'), { ...input, context: ['pregnant'] })).toBe(true);
    expect(ruleApplies(rule('pregnancy'), { ...input, context: ['child'] })).toBe(false);
    expect(ruleApplies(rule('pregnancy'), input)).toBe(false);
  });

  it('gives every reason once, most urgent first, and the highest level', () => {
    const lab = labWarning(labs.read('potassium 2.3')[0]!, model.labAdvice)!;
    const result = triage(
      {
        signs: ['numbness', 'irregular-heartbeat'],
        warnings: [lab, { ...lab }],
        symptoms: ['tingling-mouth'],
        factors: { duration: 'months' },
        context: ['child'],
      },
      model,
    );
    expect(result.level).toBe('emergency');
    expect(result.reasons.map((r) => `${r.id} ${r.level}`)).toEqual([
      'lab-potassium-low emergency',
      'irregular-heartbeat today',
      'tingling-mouth today',
      'numbness soon',
      'long-duration soon',
      'child soon',
    ]);
    expect(result.reasons.find((r) => r.id === 'numbness')).toEqual({
      id: 'numbness',
      level: 'soon',
      label: sign('numbness').label,
      advice: sign('numbness').advice,
    });
    expect(result.reasons.find((r) => r.id === 'child')).toEqual({
      id: 'child',
      level: 'soon',
      label: rule('child').reason,
      advice: rule('child').advice,
    });
  });

  it('is self-care with no reasons when nothing applies', () => {
    expect(triage({ signs: [], symptoms: ['cramps'], factors: { duration: 'days' } }, model)).toEqual({
      level: 'self-care',
      reasons: [],
    });
  });
});
