/**
 * Daily needs and upper limits: the data against the fact sheets' figures (a copied fixture), the
 * schema's guards, and the look-ups that pick a person's row and compare a dose with the limit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareDose,
  needLines,
  personalNeed,
  upperLimitFor,
  upperLimitsFor,
} from '../../knowledge/intakes/dailyNeeds';
import { intakeTableSchema, parseAgeBand } from '../../knowledge/intakes/intakeSchema';
import { KnowledgeDataError, parseKnowledge, readRawKnowledge } from '../../knowledge/loadKnowledge';
import { NUTRIENT_IDS, type NutrientId } from '../../knowledge/schema';
import { knowledgeBase } from '../support/knowledge';

interface RefRow {
  age: string;
  male: number;
  female: number;
  pregnancy?: number;
  lactation?: number;
  ai?: boolean;
}
interface RefTable {
  unit: string;
  iuPerMcg?: number;
  source: string;
  rows: RefRow[];
  ul: { rows: { age: string; value: number }[] };
}
const reference = JSON.parse(readFileSync(join(__dirname, '../fixtures/intakes-interactions.json'), 'utf8')) as {
  intakes: Record<NutrientId, RefTable>;
};

/** The fact sheets' band labels as the data writes them: ">70 years" is "71+ years", notes in brackets dropped. */
const bandLabel = (label: string) => {
  const plain = label.replace(/\s*\(.*\)$/, '');
  const over = /^>(\d+) years$/.exec(plain);
  return over ? `${Number(over[1]) + 1}+ years` : plain;
};

const years = (n: number) => n * 12;
const table = (id: NutrientId) => knowledgeBase().data.intakes.get(id)!;

describe('intakes.json against the fact sheets', () => {
  it.each(NUTRIENT_IDS)('%s: every recommended intake and upper limit, with its unit and source', (id) => {
    const ref = reference.intakes[id];
    const ours = table(id);
    expect(ours.unit).toBe(ref.unit);
    expect(ours.source).toBe(ref.source);
    expect(ours.iuPerMcg).toBe(ref.iuPerMcg);
    expect(
      ours.rows.map((r) => ({
        age: r.age.label,
        male: r.male,
        female: r.female,
        pregnancy: r.pregnancy,
        lactation: r.lactation,
        ai: r.ai ?? false,
      })),
    ).toEqual(
      ref.rows.map((r) => ({
        age: bandLabel(r.age),
        male: r.male,
        female: r.female,
        pregnancy: r.pregnancy,
        lactation: r.lactation,
        ai: r.ai ?? false,
      })),
    );
    expect(ours.upperLimit.rows.map((r) => [r.age.label, r.value])).toEqual(
      ref.ul.rows.map((r) => [bandLabel(r.age), r.value]),
    );
  });

  it('says what each upper limit counts: magnesium from supplements only, none for potassium and B12', () => {
    expect(table('magnesium').upperLimit.scope).toBe('supplements');
    expect(table('calcium').upperLimit.scope).toBe('total');
    expect(table('vitaminD').upperLimit.scope).toBe('total');
    expect(table('potassium').upperLimit.scope).toBe('none');
    expect(table('vitaminB12').upperLimit.scope).toBe('none');
  });
});

describe('intakes.json validation', () => {
  const raw = readRawKnowledge();
  type RawIntakes = {
    nutrients: { source?: string; rows: { age: string }[]; upperLimit: { note: { source?: string } } }[];
  };
  const broken = (change: (file: RawIntakes) => void) => {
    const copy = structuredClone(raw);
    change(copy.intakes as RawIntakes);
    return () => parseKnowledge(copy);
  };

  it('rejects a table without a source', () => {
    expect(broken((f) => delete f.nutrients[0]!.source)).toThrowError(/intakes\.json: nutrients\[0\]\.source/);
  });

  it('rejects an upper-limit note without a source', () => {
    expect(broken((f) => delete f.nutrients[1]!.upperLimit.note.source)).toThrowError(
      /intakes\.json: nutrients\[1\]\.upperLimit\.note\.source/,
    );
  });

  it('rejects a source that sources.json does not list', () => {
    expect(broken((f) => (f.nutrients[2]!.source = 'NOT_LISTED'))).toThrowError(KnowledgeDataError);
    expect(broken((f) => (f.nutrients[2]!.source = 'NOT_LISTED'))).toThrowError(/unknown source "NOT_LISTED"/);
  });

  it('rejects age bands with a gap, an overlap or an unreadable label', () => {
    expect(broken((f) => f.nutrients[0]!.rows.splice(3, 1))).toThrowError(/leave a gap or overlap/);
    expect(broken((f) => (f.nutrients[0]!.rows[2]!.age = 'toddlers'))).toThrowError(/not an age band/);
  });

  it('reads age bands into months', () => {
    expect(parseAgeBand('0-6 months')).toEqual({ label: '0-6 months', fromMonths: 0, toMonths: 7 });
    expect(parseAgeBand('7-12 months')).toEqual({ label: '7-12 months', fromMonths: 7, toMonths: 12 });
    expect(parseAgeBand('14-18 years')).toEqual({ label: '14-18 years', fromMonths: 168, toMonths: 228 });
    expect(parseAgeBand('51+ years')).toEqual({ label: '51+ years', fromMonths: 612, toMonths: Infinity });
    expect(parseAgeBand('18-14 years')).toBeUndefined();
  });

  it('rejects a limit with rows but no scope, and IU on anything but vitamin D', () => {
    const mg = structuredClone(table('magnesium')) as unknown as Record<string, unknown>;
    const raw = {
      ...mg,
      rows: table('magnesium').rows.map((r) => ({ ...r, age: r.age.label })),
      upperLimit: { ...table('magnesium').upperLimit, scope: 'none', rows: [{ age: '1+ years', value: 1 }] },
    };
    expect(intakeTableSchema.safeParse(raw).success).toBe(false);
    expect(
      intakeTableSchema.safeParse({ ...raw, upperLimit: { ...raw.upperLimit, scope: 'supplements' }, iuPerMcg: 40 })
        .success,
    ).toBe(false);
    expect(
      intakeTableSchema.safeParse({ ...raw, upperLimit: { ...raw.upperLimit, scope: 'supplements' } }).success,
    ).toBe(true);
  });
});

describe('daily needs for a person or a group', () => {
  it('gives one figure when age and sex are known', () => {
    expect(personalNeed(table('magnesium'), { ageMonths: years(70), sex: 'male' })).toMatchObject({
      amount: 420,
      column: 'male',
    });
    expect(personalNeed(table('magnesium'), { ageMonths: years(25), sex: 'female' })).toMatchObject({ amount: 310 });
    expect(personalNeed(table('calcium'), { ageMonths: years(60), sex: 'female' })).toMatchObject({ amount: 1200 });
    expect(personalNeed(table('calcium'), { ageMonths: years(60), sex: 'male' })).toMatchObject({ amount: 1000 });
    expect(personalNeed(table('vitaminD'), { ageMonths: years(75) })).toMatchObject({ amount: 20, column: 'both' });
    expect(personalNeed(table('potassium'), { ageMonths: years(40), sex: 'male' })).toMatchObject({
      amount: 3400,
      ai: true,
    });
  });

  it('uses the pregnancy and breastfeeding columns by the mother’s age', () => {
    expect(personalNeed(table('magnesium'), { ageMonths: years(25), pregnant: true })).toMatchObject({
      amount: 350,
      column: 'pregnancy',
    });
    expect(personalNeed(table('magnesium'), { ageMonths: years(35), pregnant: true })).toMatchObject({ amount: 360 });
    expect(personalNeed(table('magnesium'), { ageMonths: years(16), pregnant: true })).toMatchObject({ amount: 400 });
    expect(personalNeed(table('vitaminB12'), { ageMonths: years(30), breastfeeding: true })).toMatchObject({
      amount: 2.8,
      column: 'lactation',
    });
    expect(personalNeed(table('potassium'), { ageMonths: years(30), breastfeeding: true })).toMatchObject({
      amount: 2800,
    });
  });

  it('lists every pregnancy row when the age is unknown', () => {
    const lines = needLines(table('magnesium'), { pregnant: true });
    expect(lines.map((l) => [l.age.label, l.amount])).toEqual([
      ['14-18 years', 400],
      ['19-30 years', 350],
      ['31-50 years', 360],
    ]);
  });

  it('falls back to her age’s figure for a pregnancy before any pregnancy row', () => {
    expect(needLines(table('magnesium'), { ageMonths: years(13), pregnant: true })).toEqual([
      expect.objectContaining({ amount: 240, column: 'female' }),
    ]);
  });

  it('gives a child’s own row, and the children’s rows for "kids"', () => {
    expect(personalNeed(table('magnesium'), { ageMonths: years(8) })).toMatchObject({ amount: 130, column: 'both' });
    expect(needLines(table('calcium'), { group: 'children' }).map((l) => l.age.label)).toEqual([
      '1-3 years',
      '4-8 years',
      '9-13 years',
    ]);
    expect(needLines(table('magnesium'), { group: 'babies' }).map((l) => l.amount)).toEqual([30, 75]);
  });

  it('shows men and women side by side where they differ, once where they do not', () => {
    const adults = needLines(table('magnesium'), { group: 'adults' });
    expect(adults.map((l) => `${l.age.label} ${l.column} ${l.amount}`)).toEqual([
      '19-30 years male 400',
      '19-30 years female 310',
      '31-50 years male 420',
      '31-50 years female 320',
      '51+ years male 420',
      '51+ years female 320',
    ]);
    expect(needLines(table('vitaminB12'), { group: 'adults' })).toEqual([
      expect.objectContaining({ column: 'both', amount: 2.4 }),
    ]);
  });

  it('has no single figure when the sex matters and is unknown', () => {
    expect(personalNeed(table('magnesium'), { ageMonths: years(40) })).toBeUndefined();
  });
});

describe('upper limits and a stated dose', () => {
  it('finds the limit at an age, adults when the age is unknown, none for babies’ magnesium', () => {
    expect(upperLimitFor(table('vitaminD'))).toMatchObject({ value: 100 });
    expect(upperLimitFor(table('vitaminD'), years(2))).toMatchObject({ value: 63 });
    expect(upperLimitFor(table('calcium'), years(60))).toMatchObject({ value: 2000 });
    expect(upperLimitFor(table('magnesium'), 5)).toBeUndefined();
    expect(upperLimitFor(table('potassium'))).toBeUndefined();
    expect(upperLimitsFor(table('vitaminD'), { group: 'children' }).map((l) => l.value)).toEqual([63, 75, 100]);
  });

  it('compares 10,000 IU of vitamin D with the adult limit of 4,000 IU: 2.5 times', () => {
    const check = compareDose(table('vitaminD'), { amount: 10_000, unit: 'IU' });
    expect(check).toMatchObject({ amount: 250, limit: { value: 100 }, ratio: 2.5 });
  });

  it('compares magnesium in mg and in grams, and a child’s dose with the child’s limit', () => {
    expect(compareDose(table('magnesium'), { amount: 500, unit: 'mg' })?.ratio).toBeCloseTo(500 / 350);
    expect(compareDose(table('magnesium'), { amount: 1, unit: 'g' })?.amount).toBe(1000);
    expect(compareDose(table('magnesium'), { amount: 200, unit: 'mg' }, years(6))).toMatchObject({
      limit: { value: 110 },
    });
  });

  it('cannot compare IU with a mineral, and has no limit to compare for B12', () => {
    expect(compareDose(table('magnesium'), { amount: 400, unit: 'IU' })).toBeUndefined();
    expect(compareDose(table('vitaminB12'), { amount: 1000, unit: 'mcg' })).toEqual({ amount: 1000 });
  });
});
