/**
 * Finds the amounts in a message ("2 cups", "half an avocado", "a handful", "100g", "3 oz", "two
 * bananas", "10,000 IU"), each with the tokens it spans in tokenize()'s numbering, so an amount can be
 * tied to the food named after it. Pure and precompiled: it runs on every message that has a number.
 */
import type { Unit, UnitsFile } from '../schema';
import { MATCH_PREFIX_CHARS } from '../text';
import { readWordNumber } from './numberWords';

export interface QuantityMention {
  /** The amount; undefined for a vague one ("some", "a few"). */
  value?: number;
  unit?: Unit;
  /** A word used as a unit that is not one ("2 glugs of milk"), to say which part was not understood. */
  unknownUnit?: string;
  size?: string;
  /** Read from "a"/"an" alone ("a banana"): a count of one. */
  article?: boolean;
  /** Tokens [start, end) in tokenize()'s numbering, unit included. */
  start: number;
  end: number;
  /** As typed, for saying back what was read. */
  text: string;
}

export interface QuantityContext {
  /** Token indices where a food name starts: a unit word there is part of the food ("peanut butter cups"). */
  foodStarts?: ReadonlySet<number>;
  /** Token indices inside a food name. */
  foodTokens?: ReadonlySet<number>;
}

interface Token {
  text: string;
  from: number;
  to: number;
}

const NON_ASCII = /[^\p{ASCII}]/u;
const TOKEN = /[a-z0-9]+/g;
/** A number as digits at the start of a token: "2", "1.5", "10,000", "1/2", "1 1/2", "100g" (unit glued on). */
const NUMERAL =
  /(?<![a-z0-9.,/])(\d+\s+\d+\s*\/\s*\d+|\d+\s*\/\s*\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%])([a-z]+)?/g;
const HAS_DIGIT = /\d/;
const ARTICLES = new Set(['a', 'an']);
/** Words a number in words can start with (numberWords.ts reads the rest). */
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'half',
  'dozen',
  'couple',
  'pair',
];
const BETWEEN = new Set(['of', 'x']);
/** Words after which a measure named alone starts a new item: "tablespoon of oil and cup of milk". */
const CLAUSE_STARTS = new Set(['and', 'with', 'plus', 'had', 'ate', 'drank', 'also', 'then']);
/** Units that say an amount (a weight or a volume), and the containers a weight may be given for. */
const MEASURED = new Set(['mass', 'volume']);
const CONTAINERS = new Set(['container', 'can', 'package', 'glass', 'bar', 'block', 'fillet', 'patty', 'serving']);
/**
 * Whether a number is at i: after "of" ("a vegan of 3 years", "a mother of two", "a box of 12 eggs") it counts
 * what follows, so the word before "of" is no unknown measure.
 */
function numberAt(words: readonly string[], i: number): boolean {
  return /^\d+$/.test(words[i] ?? '') || readWordNumber(words, i) !== undefined;
}

/**
 * Words that take "of" but measure nothing: "a source of vitamin D", "a kind of cheese", "a mix of nuts", "a run
 * of night shifts".
 */
const NOT_MEASURES = new Set([
  'source',
  'sources',
  'kind',
  'kinds',
  'type',
  'types',
  'sort',
  'sorts',
  'mix',
  'variety',
  'part',
  'lack',
  'deficiency',
  // A stretch of time or of events: "a run of night shifts", "a week of bad sleep", "a bout of flu".
  'run',
  'string',
  'series',
  'stretch',
  'spell',
  'bout',
  'streak',
  'spate',
  'day',
  'night',
  'week',
  'month',
  'year',
  'lifetime',
]);

/** The message as tokenize() sees it, with its characters kept: accents stripped, apostrophes removed, lower case. */
export function prepare(input: string): string {
  const prefix = input.slice(0, MATCH_PREFIX_CHARS);
  const plain = NON_ASCII.test(prefix) ? prefix.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : prefix;
  return (
    plain
      .toLowerCase()
      .replace(/['’]/g, '')
      // "µg": the micro sign would vanish and leave "g", a gram.
      .replace(/[µμ](?=g)/g, 'mc')
      .replace(/\u2044/g, '/')
  );
}

function parseNumeral(raw: string): number {
  const text = raw.replace(/,/g, '');
  const mixed = /^(\d+)\s+(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const fraction = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return Number(text);
}

export class QuantityParser {
  /** Unit words, longest (in tokens) first so "fl oz" wins over "oz". */
  private readonly unitWords: { tokens: string[]; unit: Unit }[];
  private readonly sizes: { tokens: string[]; size: string }[];
  private readonly vague: string[][];
  private readonly unitByWord: ReadonlyMap<string, Unit>;
  /** Unit words by their first token, longest first: one map look-up per position. */
  private readonly unitsByFirst: ReadonlyMap<string, { tokens: string[]; unit: Unit }[]>;
  /** Words that can start an amount in words: every other token is skipped at once. */
  private readonly starters: ReadonlySet<string>;

  constructor(units: UnitsFile) {
    this.unitWords = units.units
      .flatMap((unit) => unit.words.map((w) => ({ tokens: prepare(w).match(TOKEN) ?? [], unit })))
      .filter((u) => u.tokens.length)
      .sort((a, b) => b.tokens.length - a.tokens.length);
    this.unitByWord = new Map(this.unitWords.filter((u) => u.tokens.length === 1).map((u) => [u.tokens[0]!, u.unit]));
    this.sizes = units.sizes.map((s) => ({ tokens: s.split(' '), size: s === 'big' ? 'large' : s }));
    this.vague = units.vagueAmounts.map((v) => v.split(' '));
    const byFirst = new Map<string, { tokens: string[]; unit: Unit }[]>();
    for (const u of this.unitWords) byFirst.set(u.tokens[0]!, [...(byFirst.get(u.tokens[0]!) ?? []), u]);
    this.unitsByFirst = byFirst;
    this.starters = new Set([...NUMBER_WORDS, ...ARTICLES, ...this.vague.map((v) => v[0]!)]);
  }

  private unitAt(words: readonly string[], i: number) {
    return this.unitsByFirst.get(words[i] ?? '')?.find((u) => u.tokens.every((w, k) => words[i + k] === w));
  }

  parse(input: string, context: QuantityContext = {}): QuantityMention[] {
    const plain = prepare(input);
    if (
      !/\d|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarter|third|dozen|couple|pair|few|several|some|twenty|thirty|forty|fifty|hundred|lots|loads|plenty|bit|little|many|much)\b/.test(
        plain,
      )
    )
      return [];
    const tokens: Token[] = [];
    const words: string[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(plain); m; m = TOKEN.exec(plain)) {
      tokens.push({ text: m[0], from: m.index, to: m.index + m[0].length });
      words.push(m[0]);
    }
    const tokenAt = (offset: number) => {
      // Tokens are in order: a binary search finds the one holding the offset.
      let lo = 0;
      let hi = tokens.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid]!.to <= offset) lo = mid + 1;
        else if (tokens[mid]!.from > offset) hi = mid - 1;
        else return mid;
      }
      return -1;
    };
    const mentions: QuantityMention[] = [];
    const taken = new Set<number>();

    // Numbers in digits, which may span several tokens ("10,000", "1 1/2") or carry their unit ("100g").
    NUMERAL.lastIndex = 0;
    for (let m = HAS_DIGIT.test(plain) ? NUMERAL.exec(plain) : null; m; m = NUMERAL.exec(plain)) {
      const first = tokenAt(m.index);
      const lastChar = m.index + m[1]!.length - 1;
      const last = tokenAt(lastChar);
      if (first < 0 || last < 0) continue;
      const value = parseNumeral(m[1]!);
      if (!Number.isFinite(value) || value <= 0) continue;
      let end = last + 1;
      let unit: Unit | undefined;
      if (m[2]) {
        // "100g", "3oz", "2cups": the unit is glued to the number.
        unit = this.unitByWord.get(m[2]);
        if (!unit) continue; // "2nd", "3x": not an amount
      }
      for (let i = first; i < end; i++) taken.add(i);
      const mention = this.afterNumber(words, end, value, unit, context);
      end = mention.end;
      unit ??= mention.unit;
      const unknownUnit = mention.unknownUnit;
      for (let i = first; i < end; i++) taken.add(i);
      mentions.push({
        value,
        ...(unit ? { unit } : {}),
        ...(unknownUnit ? { unknownUnit } : {}),
        ...(mention.size ? { size: mention.size } : {}),
        start: first,
        end,
        text: textOf(input, plain, tokens, first, end),
      });
    }

    // Numbers in words, fractions, "a"/"an", and vague amounts.
    for (let i = 0; i < words.length; i++) {
      if (!this.starters.has(words[i]!) || taken.has(i) || context.foodTokens?.has(i)) continue;
      const vague = this.vague.find((v) => v.every((w, k) => words[i + k] === w));
      const read = vague ? undefined : readWordNumber(words, i);
      const article = !vague && !read && ARTICLES.has(words[i]!);
      if (!vague && !read && !article) continue;
      const length = vague ? vague.length : read ? read.length : 1;
      let overlaps = false;
      for (let k = 0; k < length; k++) if (taken.has(i + k)) overlaps = true;
      if (overlaps) continue;
      const value = vague ? undefined : read ? read.value : 1;
      if (value !== undefined && value <= 0) continue;
      const mention = this.afterNumber(words, i + length, value, undefined, context);
      // "a" counts only before a unit, a size or a food: "a banana", "a cup of", never "a lot" or "I have a question".
      if (article && !mention.unit && !mention.size && !mention.unknownUnit && !context.foodStarts?.has(mention.end))
        continue;
      for (let k = i; k < mention.end; k++) taken.add(k);
      mentions.push({
        ...(value !== undefined ? { value } : {}),
        ...(mention.unit ? { unit: mention.unit } : {}),
        ...(mention.unknownUnit ? { unknownUnit: mention.unknownUnit } : {}),
        ...(mention.size ? { size: mention.size } : {}),
        ...(article ? { article: true } : {}),
        start: i,
        end: mention.end,
        text: textOf(input, plain, tokens, i, mention.end),
      });
      i = mention.end - 1;
    }
    // "tablespoon of cod liver oil and a boiled egg", "had cup of tea": a measure named alone (singular, at the
    // start of a clause) is one of it. Never "how many cups of", "grams of pumpkin seeds", "the cup of".
    for (let i = 0; i < words.length; i++) {
      if (taken.has(i) || context.foodTokens?.has(i) || context.foodStarts?.has(i)) continue;
      if (i > 0 && !CLAUSE_STARTS.has(words[i - 1]!)) continue;
      const hit = this.unitAt(words, i);
      const word = words[i]!;
      if (!hit || !MEASURED.has(hit.unit.kind) || hit.tokens.length !== 1) continue;
      if (word.endsWith('s') && !word.endsWith('ss')) continue;
      if (words[i + 1] !== 'of') continue;
      taken.add(i);
      taken.add(i + 1);
      mentions.push({ value: 1, unit: hit.unit, start: i, end: i + 2, text: textOf(input, plain, tokens, i, i + 2) });
    }
    return mentions.sort((a, b) => a.start - b.start);
  }

  /** Size, unit and "of" after a number: where the amount ends and what it measures. */
  private afterNumber(
    words: readonly string[],
    from: number,
    value: number | undefined,
    unit: Unit | undefined,
    context: QuantityContext,
  ): { end: number; unit?: Unit; unknownUnit?: string; size?: string } {
    let i = from;
    let size: string | undefined;
    const sizeHit = this.sizes.find((s) => s.tokens.every((w, k) => words[i + k] === w));
    if (sizeHit && !context.foodStarts?.has(i)) {
      size = sizeHit.size;
      i += sizeHit.tokens.length;
    }
    let unknownUnit: string | undefined;
    // "three quarters of a cup", "half of a banana"
    if (!unit && words[i] === 'of' && ARTICLES.has(words[i + 1] ?? '') && !context.foodStarts?.has(i + 2)) {
      if (this.unitAt(words, i + 2)) i += 2;
    }
    if (!unit && !context.foodStarts?.has(i)) {
      // "a whole can", "a whole cup": "whole" says all of the measure after it.
      const after = words[i] === 'whole' ? this.unitAt(words, i + 1) : undefined;
      if (after) i += 1;
      const hit = after ?? this.unitAt(words, i);
      if (hit) {
        unit = hit.unit;
        i += hit.tokens.length;
      } else if (
        words[i] !== undefined &&
        /^[a-z]{2,}$/.test(words[i]!) &&
        words[i + 1] === 'of' &&
        !NOT_MEASURES.has(words[i]!) &&
        !numberAt(words, i + 2) &&
        !context.foodTokens?.has(i) &&
        value !== undefined
      ) {
        // "2 glugs of milk", "a bowl of cereal": a measure word the bot does not know.
        unknownUnit = words[i];
        i += 1;
      }
    }
    // "a 6 oz pot of yoghurt", "a 400g tin of beans", "a 250 ml carton of milk": a weight or a volume, then the
    // container it comes in; the weight says the amount.
    const container = unit && MEASURED.has(unit.kind) ? this.unitAt(words, i) : undefined;
    if (container && CONTAINERS.has(container.unit.id) && BETWEEN.has(words[i + container.tokens.length] ?? ''))
      i += container.tokens.length;
    if ((unit || unknownUnit || size) && BETWEEN.has(words[i] ?? '')) i += 1;
    return { end: i, ...(unit ? { unit } : {}), ...(unknownUnit ? { unknownUnit } : {}), ...(size ? { size } : {}) };
  }
}

/** The typed text of tokens [start, end), for saying back what was read. */
function textOf(input: string, plain: string, tokens: readonly Token[], start: number, end: number): string {
  const from = tokens[start]?.from ?? 0;
  const to = tokens[end - 1]?.to ?? from;
  // prepare() keeps offsets unless it rewrote "µg" (two characters for one) or decomposed accents: then the plain text.
  return plain.length === Math.min(input.length, MATCH_PREFIX_CHARS) ? input.slice(from, to) : plain.slice(from, to);
}
