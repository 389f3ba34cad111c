/**
 * Daily needs by life stage: which rows of an intake table apply to a person (or a group such as
 * "kids"), the upper limit at an age, and how a stated dose compares with it. Pure look-ups over
 * intakes.json; the wording is the dialogs' job.
 */
import type { AgeBand, IntakeRow, IntakeTable } from './intakeSchema';
import { type DoseUnit, convert } from './units';

export type Sex = 'male' | 'female';
/** Groups people ask about without an age: "for kids?", "for teenagers", "older adults". */
export type AgeGroup = 'babies' | 'children' | 'teens' | 'adults' | 'older';

/** Who the figures are for: the person, someone they ask about, or a group. Everything is optional. */
export interface Audience {
  /** Age in months (a baby's age is said in months, everyone else's in years). */
  ageMonths?: number;
  group?: AgeGroup;
  sex?: Sex;
  pregnant?: boolean;
  breastfeeding?: boolean;
}

/** Ages each group spans, in months [from, to). */
const GROUP_MONTHS: Record<AgeGroup, readonly [number, number]> = {
  babies: [0, 12],
  children: [12, 14 * 12],
  teens: [13 * 12, 19 * 12],
  adults: [19 * 12, Infinity],
  older: [51 * 12, Infinity],
};

export const ADULT_MONTHS = 19 * 12;

export type NeedColumn = 'male' | 'female' | 'both' | 'pregnancy' | 'lactation';

export interface NeedLine {
  age: AgeBand;
  column: NeedColumn;
  amount: number;
  /** An Adequate Intake rather than an RDA. */
  ai: boolean;
}

const inBand = (band: AgeBand, months: number) => months >= band.fromMonths && months < band.toMonths;
const overlaps = (band: AgeBand, [from, to]: readonly [number, number]) => band.fromMonths < to && band.toMonths > from;

export function rowFor(table: IntakeTable, ageMonths: number): IntakeRow | undefined {
  return table.rows.find((r) => inBand(r.age, ageMonths));
}

/** The rows whose ages the audience covers: its own band, its group's bands, or all of them. */
function rowsFor(table: IntakeTable, audience: Audience): IntakeRow[] {
  if (audience.ageMonths !== undefined) return table.rows.filter((r) => inBand(r.age, audience.ageMonths!));
  if (audience.group) return table.rows.filter((r) => overlaps(r.age, GROUP_MONTHS[audience.group!]));
  return table.rows;
}

/**
 * The recommended amounts that apply, one line per row and column. Pregnancy and breastfeeding use
 * their own column (rows without one are left out); a known sex picks its column; otherwise men and
 * women side by side, or one line where they are the same.
 */
export function needLines(table: IntakeTable, audience: Audience): NeedLine[] {
  const lines: NeedLine[] = [];
  for (const row of rowsFor(table, audience)) {
    const ai = row.ai === true;
    if (audience.pregnant || audience.breastfeeding) {
      const amount = audience.pregnant ? row.pregnancy : row.lactation;
      if (amount !== undefined)
        lines.push({ age: row.age, column: audience.pregnant ? 'pregnancy' : 'lactation', amount, ai });
    } else if (audience.sex) {
      lines.push({ age: row.age, column: audience.sex, amount: row[audience.sex], ai });
    } else if (row.male === row.female) {
      lines.push({ age: row.age, column: 'both', amount: row.male, ai });
    } else {
      lines.push({ age: row.age, column: 'male', amount: row.male, ai });
      lines.push({ age: row.age, column: 'female', amount: row.female, ai });
    }
  }
  // Pregnancy at an age with no pregnancy row (a girl under 14): her age's female figure is all there is.
  if (!lines.length && (audience.pregnant || audience.breastfeeding) && audience.ageMonths !== undefined)
    return needLines(table, { ageMonths: audience.ageMonths, sex: 'female' });
  return lines;
}

/** One figure for the audience, when it is specific enough to have one. */
export function personalNeed(table: IntakeTable, audience: Audience): NeedLine | undefined {
  const lines = needLines(table, audience);
  if (lines.length === 1) return lines[0];
  // "I'm a woman", with no age: an adult, when every adult row gives her the same figure (potassium).
  const told = audience.sex || audience.pregnant || audience.breastfeeding;
  if (!told || audience.ageMonths !== undefined || audience.group) return undefined;
  const adult = needLines(table, { ...audience, group: 'adults' });
  return adult.length && adult.every((l) => l.amount === adult[0]!.amount && l.column === adult[0]!.column)
    ? adult[0]
    : undefined;
}

/**
 * For a pregnancy or breastfeeding figure, how much more it is than for women of the same age band who are
 * neither (0: the same). Undefined for any other line.
 */
export function extraForStage(table: IntakeTable, line: NeedLine): number | undefined {
  if (line.column !== 'pregnancy' && line.column !== 'lactation') return undefined;
  const row = table.rows.find((r) => r.age.label === line.age.label);
  return row ? line.amount - row.female : undefined;
}

export interface UpperLimit {
  value: number;
  age: AgeBand;
}

/** The upper limit at an age (adults when the age is unknown); undefined when none is set. */
export function upperLimitFor(table: IntakeTable, ageMonths: number = ADULT_MONTHS): UpperLimit | undefined {
  const row = table.upperLimit.rows.find((r) => inBand(r.age, ageMonths));
  return row ? { value: row.value, age: row.age } : undefined;
}

/** The upper limits for the ages an audience covers (a group spans several). */
export function upperLimitsFor(table: IntakeTable, audience: Audience): UpperLimit[] {
  if (audience.ageMonths !== undefined) {
    const one = upperLimitFor(table, audience.ageMonths);
    return one ? [one] : [];
  }
  const span = audience.group ? GROUP_MONTHS[audience.group] : undefined;
  return table.upperLimit.rows
    .filter((r) => (span ? overlaps(r.age, span) : true))
    .map((r) => ({ value: r.value, age: r.age }));
}

export interface DoseComparison {
  /** The dose in the table's unit. */
  amount: number;
  limit?: UpperLimit;
  /** dose / limit, when a limit is set. */
  ratio?: number;
}

/**
 * A stated dose against the upper limit at an age (adults when unknown). Undefined when the unit cannot
 * be compared with the nutrient's (IU for anything but vitamin D).
 */
export function compareDose(
  table: IntakeTable,
  dose: { amount: number; unit: DoseUnit },
  ageMonths?: number,
): DoseComparison | undefined {
  const amount = convert(dose.amount, dose.unit, table.unit, table.iuPerMcg);
  if (amount === undefined) return undefined;
  const limit = upperLimitFor(table, ageMonths);
  return limit ? { amount, limit, ratio: amount / limit.value } : { amount };
}
