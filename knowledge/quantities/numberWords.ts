/**
 * Numbers written as words ("two", "twenty-five", "one and a half", "half a", "a dozen"), read from a run
 * of lower-case word tokens. A small table rather than a library: the libraries measured (README,
 * "Quantities") were 5 to 500 times slower per message, or misread "one and a half".
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 };
/** Fractions said as a word: "a half", "three quarters", "two thirds". */
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2,
  halves: 1 / 2,
  quarter: 1 / 4,
  quarters: 1 / 4,
  third: 1 / 3,
  thirds: 1 / 3,
};
const COUNTS: Readonly<Record<string, number>> = { dozen: 12, couple: 2, pair: 2 };

export interface WordNumber {
  value: number;
  /** Tokens read, from the start index given. */
  length: number;
}

const isArticle = (w: string | undefined) => w === 'a' || w === 'an';

/** A whole number in words at tokens[i] ("twenty five", "one hundred and ten", "ten thousand"). */
function wholeNumber(tokens: readonly string[], i: number): WordNumber | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let read = false;
  for (; j < tokens.length; j++) {
    const w = tokens[j]!;
    if (w in UNITS && !(read && current % 10 !== 0)) current += UNITS[w]!;
    else if (w in TENS && current % 100 === 0) current += TENS[w]!;
    else if (w in SCALES && read) {
      const scale = SCALES[w]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (
      w === 'and' &&
      read &&
      tokens[j + 1] !== undefined &&
      (tokens[j + 1]! in UNITS || tokens[j + 1]! in TENS) &&
      current % 100 === 0 &&
      current + total >= 100
    )
      continue;
    else break;
    read = true;
  }
  return read ? { value: total + current, length: j - i } : undefined;
}

/**
 * A number in words at tokens[i], with the fractions people say: "half a(n)", "a half", "one and a half",
 * "two and a quarter", "three quarters", "a dozen", "half a dozen", "a couple (of)". "a"/"an" alone is
 * not read here (the caller decides whether "a" counts as one).
 */
export function readWordNumber(tokens: readonly string[], i: number): WordNumber | undefined {
  const w = tokens[i];
  if (w === undefined) return undefined;
  // "half a dozen", "half a cup", "half an avocado"
  if (w === 'half') {
    const dozen = isArticle(tokens[i + 1]) && tokens[i + 2] === 'dozen';
    if (dozen) return { value: 6, length: 3 };
    return { value: 0.5, length: isArticle(tokens[i + 1]) ? 2 : 1 };
  }
  // "a half", "a quarter", "a third", "a dozen", "a couple (of)"
  if (isArticle(w)) {
    const next = tokens[i + 1];
    if (next !== undefined && next in FRACTIONS && !next.endsWith('s')) return { value: FRACTIONS[next]!, length: 2 };
    if (next !== undefined && next in COUNTS)
      return { value: COUNTS[next]!, length: 2 + (tokens[i + 2] === 'of' ? 1 : 0) };
    // "a hundred", "a thousand"
    if (next !== undefined && next in SCALES) {
      const rest = wholeNumber(['one', ...tokens.slice(i + 1, i + 8)], 0);
      if (rest) return { value: rest.value, length: rest.length };
    }
    return undefined;
  }
  if (w in COUNTS) return { value: COUNTS[w]!, length: 1 + (tokens[i + 1] === 'of' ? 1 : 0) };
  const whole = wholeNumber(tokens, i);
  if (!whole) return undefined;
  let { value, length } = whole;
  const after = i + length;
  // "one and a half", "two and a quarter"
  if (tokens[after] === 'and' && isArticle(tokens[after + 1]) && tokens[after + 2]! in FRACTIONS)
    return { value: value + FRACTIONS[tokens[after + 2]!]!, length: length + 3 };
  // "three quarters", "two thirds", "one half"
  const fraction = tokens[after];
  if (fraction !== undefined && fraction in FRACTIONS && value > 0 && value < 10) {
    value *= FRACTIONS[fraction]!;
    length += 1;
  }
  return { value, length };
}
