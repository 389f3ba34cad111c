/**
 * Reads blood results people quote ("my potassium came back 2.9", "vit d 9 ng/ml", "b12 level 180")
 * and compares them with the usual adult range. A number with a dose unit ("400 mg", "1000 IU") or a
 * count ("3 weeks", "20 pills") is not a result. Labs differ slightly; the wording says so.
 */
import type { Fact } from '../schema';
import type { LabRange, TriageModel, WarningLevel } from './triageSchema';

export interface LabFinding {
  range: LabRange;
  /** The value in the range's default unit. */
  value: number;
  /** As the person gave it, for saying it back. */
  typed: { value: number; unit: string };
  /** The unit was not given and was assumed. */
  assumedUnit: boolean;
  /** The number as typed when it was read with a decimal point it lacked ("29" as 2.9): said back to check. */
  decimalAssumedIn?: string;
  direction: 'low' | 'normal' | 'high';
  /** Set when the value is outside the usual range. */
  level?: WarningLevel;
  /** The source of the band that set the level, when it is not the range's own. */
  bandSource?: string;
  /** Where it was read in the text, and how long: the warning screen checks it is not denied or past. */
  at: number;
  length: number;
}

/** After "25", the rest of the vitamin D test's name ("25-OH", "25(OH)D", "25-hydroxy"): no result. */
const TEST_NAME_AFTER = /^ ?(?:-|\()? ?(?:oh|hydroxy)\b/;
/** A result followed by one of these is a dose or a count, not a lab value. */
const NOT_A_RESULT =
  /^(yo|y\/o|yos|yr old|year old|mg|mcg|ug|µg|iu|i\.u|units?|g|grams?|kg|lbs?|pills?|tablets?|tabs|capsules?|caps|gummies|drops?|doses?|shots?|injections?|times?|x|%|percent|days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|cups?|glasses?|bananas?|servings?|portions?|a day|per day|daily|each|oz|ounces?|tbsp|tsp|tablespoons?|teaspoons?|slices?|pieces?|cans?|tins?|handfuls?|ml|litres?|liters?|[a-z]+\s+of)\b/;
/** After a whole number, a food's size or state: "2 medium potatoes", "3 large bananas" are amounts of food. */
const FOOD_AMOUNT = /^(medium|large|small|big|whole|ripe|raw|cooked|baked|boiled|roasted|fresh|dried|frozen)\b/;
/** Text-speak "4" for "for": "calcium 4 my nan", "what about b12 4 a vegan" ask for someone, not quote a result. */
const FOR_SOMEONE =
  /^(my|me|u|ya|you|ur|your|her|him|them|us|our|his|a|an|the|mum|mom|dad|nan|gran|grandma|grandad|grandpa|kids?|son|daughter|baby|wife|husband|partner|sis|bro|someone|vegans?|pregnancy|pregnant|adults?|women|men|teens?)\b/;
const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const DIGIT = /\d/;
/**
 * Results of one test read from a message: a person quotes a few; a message quoting hundreds (or "mg 1 2 3"
 * repeated, which reads as magnesium results) would otherwise cost every check of every one of them.
 */
const MAX_RESULTS_PER_TEST = 12;
/** How much of the text after a result is read for its unit or what it counts ("mg", "a day", "bananas"). */
const AFTER_CHARS = 100;
/**
 * Between a test's name and its value: words like "level was", "came back", "is", ":" but no new
 * sentence, and at least a space or a sign, so "k2" or "d3" stay names, never results.
 */
const GAP = '[^0-9a-z.!?;\\n][^0-9.!?;\\n]{0,39}?';
/** "vitamin k" is another nutrient, not potassium. */
const NOT_VITAMIN = '(?<!vitamin |vit |vit\\. )';

interface CompiledRange {
  range: LabRange;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]?');

export class LabReader {
  private readonly compiled: CompiledRange[];
  /** Every test name in one expression: most messages name none, and one test tells. */
  private readonly anyName: RegExp;

  constructor(ranges: readonly LabRange[]) {
    this.compiled = ranges.map((range) => {
      const names = [...range.names].sort((a, b) => b.length - a.length);
      const alternatives = names.map(escape).join('|');
      return {
        range,
        pattern: new RegExp(
          `(?<![a-z0-9])${NOT_VITAMIN}(?:${alternatives})(?![a-z])(${GAP})(?<![a-z])${NUMBER}\\s*([a-zµ/%+.]+(?:\\s?/\\s?[a-z]+)?)?`,
          'gd',
        ),
      };
    });
    this.anyName = new RegExp(
      `(?<![a-z0-9])(?:${ranges.flatMap((r) => r.names.map(escape)).join('|')})(?![a-z])[^0-9]{0,40}\\d`,
    );
  }

  /** The results quoted in a message (lower-case text), in the order they appear. */
  read(text: string): LabFinding[] {
    // No digit, no result: most messages are ruled out before the names are looked for.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; the patterns decide.
    if (!DIGIT.test(text) || !this.anyName.test(text)) return [];
    const findings: LabFinding[] = [];
    for (const { range, pattern } of this.compiled) {
      pattern.lastIndex = 0;
      let found = 0;
      for (let m = pattern.exec(text); m && found < MAX_RESULTS_PER_TEST; m = pattern.exec(text)) {
        // "Vitamin D (25-OH) came back at 9": the 25 is the test's own name, which the search reads next.
        const [numberStart, numberEnd] = m.indices![2]!;
        if (m[2] === '25' && TEST_NAME_AFTER.test(text.slice(numberEnd))) {
          pattern.lastIndex = numberStart;
          continue;
        }
        // What follows is read only for a unit or a word right after the number: a short stretch is enough,
        // and passing the whole rest of a long message made it cost its length for every number in it.
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + AFTER_CHARS);
        const finding = this.finding(range, m[1] ?? '', m[2]!, (m[3] ?? '').trim(), after);
        if (finding) {
          findings.push({ ...finding, at: m.index, length: m[0].length });
          found++;
        }
      }
    }
    return findings;
  }

  private finding(
    range: LabRange,
    gap: string,
    number: string,
    unitWord: string,
    after: string,
  ): Omit<LabFinding, 'at' | 'length'> | undefined {
    // "potassium for 3 weeks", "b12 shots 2 times": the gap or what follows says it is not a result.
    // "500mg magnesium and 2 eggs": a list goes on to the next item. "vit d in 2 eggs": the amount of a food.
    if (
      /(\b(for|since|about|around|took|take|taking|eat|ate|had|with|every|per|than|and|plus|or|n|in)|&)\s*$/.test(
        gap,
      ) &&
      !/\b(level|result|test|was|is|came|of|at)\b/.test(gap)
    )
      return undefined;
    // "b12 absorption after 50", "calcium for someone over 50": an age, not a result.
    // ("potassium was over 6" and "my b12 is below 150" stay results.)
    if (
      /\b(after|over|above|under|below|aged?|older than|younger than|past)\s*$/.test(gap) &&
      !/\b(level|levels|result|results|test|was|is|came|reading|at)\b/.test(gap)
    )
      return undefined;
    // One space between the unit and what follows ("2.2 a day" is read as unit "a", then " day").
    const rest = `${unitWord} ${after}`.trim().replace(/\s+/g, ' ');
    // The pattern's digits always make a finite number; a number glued to a word ("h2o") never reaches here.
    const value = Number(number.replace(',', '.'));
    let unit = range.defaultUnit;
    let factor = 1;
    let assumedUnit = true;
    const stated = range.units.find((u) => u.match.some((w) => rest.startsWith(w)));
    if (stated) {
      unit = stated.unit;
      factor = stated.factor;
      assumedUnit = false;
    } else if (
      NOT_A_RESULT.test(rest) ||
      (/^\d+$/.test(number) && FOOD_AMOUNT.test(rest)) ||
      (number === '4' && FOR_SOMEONE.test(rest) && /^[\s:-]*$/.test(gap)) ||
      !soundsLikeAResult(gap)
    ) {
      return undefined;
    } else if (range.defaultUnitBelow && value < range.defaultUnitBelow.value) {
      const below = range.units.find((u) => u.unit === range.defaultUnitBelow!.unit);
      if (below) [unit, factor] = [below.unit, below.factor];
    }
    const plausible = (v: number) => v >= range.plausible[0] && v <= range.plausible[1];
    let inDefault = value * factor;
    // "potassium came back 29": no one has 29 mmol/L, but 2.9 is a result, and a dangerous one. A whole
    // number that is impossible as typed and possible with its decimal point restored is read so, and said.
    // Only when the message plainly quotes a result ("came back", "level", a unit): "calcium, im 30" is an age.
    const decimalAssumed =
      !plausible(inDefault) &&
      /^\d{2,3}$/.test(number) &&
      plausible(inDefault / 10) &&
      (!assumedUnit || PLAIN_RESULT.test(gap));
    if (decimalAssumed) inDefault /= 10;
    if (!plausible(inDefault)) return undefined;
    const band = range.bands.find((b) => ('below' in b ? inDefault < b.below : inDefault > b.above));
    const direction = inDefault < range.normal[0] ? 'low' : inDefault > range.normal[1] ? 'high' : 'normal';
    return {
      range,
      value: inDefault,
      typed: { value: decimalAssumed ? value / 10 : value, unit },
      assumedUnit,
      ...(decimalAssumed ? { decimalAssumedIn: number } : {}),
      direction,
      ...(band && direction !== 'normal'
        ? { level: band.level, ...(band.source ? { bandSource: band.source } : {}) }
        : {}),
    };
  }
}

/** Words that leave no doubt a number is a blood result, for reading a lost decimal point back in. */
const PLAIN_RESULT = /\b(came back|come back|levels?|results?|reading|bloods?|blood test|serum|tested)\b/;

/** Words that say a number is a result: "came back", "level", "was", "=". */
const RESULT_CUE =
  /\b(levels?|results?|tests?|tested|was|were|is|are|came|come|reading|read|bloods?|showed|shows|says|said|only|just|down|up|at|of|low|high|serum)\b|[:=]/;
const MAX_WORDS_WITHOUT_A_CUE = 2;

/**
 * Without a unit, a number counts as a result only close to the name or after a word that says so:
 * "calcium 2.1", "b12 was 180", but not "calcium citrate vs carbonate, which 1 needs food".
 */
/**
 * Between a name and a number, words that make it a dose, not a result: "vit d wot dose 4 a 6yo", a supplement's
 * form ("magnesium glycinate works out at about 2.2 a day").
 */
const DOSE_BETWEEN =
  /\b(dose|doses|dosage|take|taking|give|giving|supplements?|tablets?|pills?|capsules?|drops|gummies|glycinate|bisglycinate|citrate|oxide|threonate|malate|taurate|chelated?|carbonate|gluconate|picolinate|cyanocobalamin|methylcobalamin|cholecalciferol|ergocalciferol)\b/;

function soundsLikeAResult(gap: string): boolean {
  if (DOSE_BETWEEN.test(gap)) return false;
  const words = gap
    .trim()
    .split(/\s+/)
    .filter((w) => /[a-z]/.test(w));
  return words.length <= MAX_WORDS_WITHOUT_A_CUE || RESULT_CUE.test(gap);
}

const LAB_NAMES: Record<LabRange['nutrient'], string> = {
  potassium: 'potassium',
  magnesium: 'magnesium',
  calcium: 'calcium',
  vitaminD: 'vitamin D',
  vitaminB12: 'vitamin B12',
};

const round = (n: number) => String(Math.round(n * 100) / 100);

/** "A potassium result of 2.9 mmol/L, below the usual range (3.5–5.0 mmol/L)". */
export function describeFinding(f: LabFinding): string {
  // The range in the unit the person gave, so the two numbers can be compared at a glance.
  const factor = f.range.units.find((u) => u.unit === f.typed.unit)?.factor ?? 1;
  const [low, high] = f.range.normal.map((n) => round(n / factor));
  const where = f.direction === 'low' ? 'below' : f.direction === 'high' ? 'above' : 'within';
  const assumed = [
    f.decimalAssumedIn
      ? `I read "${f.decimalAssumedIn}" as ${round(f.typed.value)}: please check the decimal point`
      : '',
    f.assumedUnit ? `I assumed ${f.typed.unit}` : '',
  ].filter(Boolean);
  const said = assumed.length ? ` (${assumed.join('; ')})` : '';
  return `A ${LAB_NAMES[f.range.nutrient]} result of ${round(f.typed.value)} ${f.typed.unit}${said}, ${where} the usual adult range of ${low}–${high} ${f.typed.unit}`;
}

/** The advice for a finding, worded per level in triage.json with the headlines. */
export function findingAdvice(f: LabFinding, advice: TriageModel['labAdvice']): Fact {
  return { text: advice[f.level ?? 'soon'], source: f.bandSource ?? f.range.source };
}
