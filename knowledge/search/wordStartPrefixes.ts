/**
 * A cheap test that rules a regular expression out before it is run. Most of the recogniser's cues start
 * at a word ("\b(what|which) foods?", "^(hi|hello)"), so a match can only begin where a word of the
 * message begins, with one of a few known characters. Reading a pattern once gives the first (up to)
 * three characters any match starts with; a message gives the (up to) three characters at each of its
 * word starts. When none of the pattern's appear among the message's, the pattern cannot match and is
 * not run: a set look-up per word start instead of a scan of the message per pattern.
 *
 * The reading is conservative: a pattern it cannot vouch for (no leading \b or ^, a construct it does not
 * follow) gets no prefixes and is always run. The test only ever skips patterns that would not match.
 */

/** Characters kept per prefix: enough to tell most words apart, few enough to index every word start. */
const LENGTH = 3;
/** A regular expression word character, as \b sees it. */
const WORD_CHAR = /\w/;
/** Escapes whose meaning this reading does not follow (Unicode properties, code points, backreferences). */
const UNFOLLOWED_ESCAPE = /\\[pPuxck1-9]/;

const DIGITS = [...'0123456789'];

/** Where a match begins: at a word start (\b), or at the start of the text (^). */
type Anchor = 'word' | 'start';

interface Prefix {
  text: string;
  /** Whether more of the pattern may still be appended (the text is all of the match so far). */
  open: boolean;
}

class Unfollowed extends Error {}

/**
 * The prefixes every match of the pattern starts with, at a word start of the text; undefined when the
 * pattern does not pin one down. A pattern with these can only match a text with one of them at a word start
 * (forEachWordStartKey).
 */
export function wordStartPrefixes(pattern: string): string[] | undefined {
  if (UNFOLLOWED_ESCAPE.test(pattern)) return undefined;
  try {
    const reader = new PatternReader(pattern);
    const alternatives = reader.alternatives(true);
    const prefixes = new Set<string>();
    for (const { anchor, prefixes: found } of alternatives) {
      // A match anchored by \b and starting with a word character begins at a word start; one anchored
      // by ^ begins at the start of the text, whose first characters are always among the keys.
      if (!anchor) return undefined;
      for (const p of found) {
        if (p.text === '' || (anchor === 'word' && !WORD_CHAR.test(p.text[0]!))) return undefined;
        prefixes.add(p.text);
      }
    }
    return [...prefixes];
  } catch (error) {
    if (error instanceof Unfollowed) return undefined;
    throw error;
  }
}

/**
 * A key of up to three characters as one number (its length and the character codes), so that a text's
 * keys are looked up without making a string of each; undefined for a character past U+00FF, which no
 * pattern this reading files starts with.
 */
export function keyNumber(key: string): number | undefined {
  let code = key.length << 24;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 0xff) return undefined;
    code |= c << (8 * i);
  }
  return code;
}

/**
 * Calls `visit` with each key of the text, in order of position: the first one, two and three characters at
 * the start of the text and at every word start in it (where \b meets a word character), as keyNumber
 * gives them (a key with a character past U+00FF is left out), and where each starts.
 */
export function forEachWordStartKey(text: string, visit: (key: number, at: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    if (!isWordStart(text, i)) continue;
    let code = 0;
    for (let n = 1; n <= LENGTH && i + n <= text.length; n++) {
      const c = text.charCodeAt(i + n - 1);
      if (c > 0xff) break;
      code |= c << (8 * (n - 1));
      visit((n << 24) | code, i);
    }
  }
}

/** Where \b meets a word character, or the start of the text. */
function isWordStart(text: string, i: number): boolean {
  return i === 0 || (isWordChar(text.charCodeAt(i)) && !isWordChar(text.charCodeAt(i - 1)));
}

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95 // a-z 0-9 A-Z _
  );
}

/** A recursive-descent reading of the pattern's syntax, enough to follow its literal start. */
class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  /** The alternatives up to the closing parenthesis (or the end, at the top), each with its prefixes. */
  alternatives(top = false): { anchor?: Anchor; prefixes: Prefix[] }[] {
    const found: { anchor?: Anchor; prefixes: Prefix[] }[] = [];
    for (;;) {
      found.push(this.sequence());
      const c = this.source[this.at];
      if (c === '|') {
        this.at++;
        continue;
      }
      if (c === ')' && !top) {
        this.at++;
        return found;
      }
      if (c === undefined && top) return found;
      throw new Unfollowed();
    }
  }

  /** One alternative: its atoms in turn, each with its quantifier. */
  private sequence(): { anchor?: Anchor; prefixes: Prefix[] } {
    let prefixes: Prefix[] = [{ text: '', open: true }];
    let anchor: Anchor | undefined;
    // Whether nothing has been consumed yet: zero-width atoms before the first character (a lookbehind
    // before \b, as in "(?<!food )\bpoison") are all tested where the match starts.
    let atStart = true;
    for (;;) {
      const c = this.source[this.at];
      if (c === undefined || c === '|' || c === ')') return { ...(anchor ? { anchor } : {}), prefixes };
      const atom = this.atom();
      const quantifier = this.quantifier();
      // A group whose every alternative is anchored anchors the match too, unless it may be skipped.
      if (atStart && !anchor && (quantifier === 'one' || quantifier === 'some')) anchor = atom.anchor;
      if (atom.zeroWidth) continue;
      atStart = false;
      const joined = join(prefixes, atom.prefixes);
      if (quantifier === 'one') prefixes = joined;
      else if (quantifier === 'optional') prefixes = unique([...prefixes, ...joined]);
      // Repeated: what follows the first repetition is unknown, so the prefixes end there.
      else if (quantifier === 'any') prefixes = unique([...prefixes, ...closed(joined)]);
      else prefixes = closed(joined);
    }
  }

  private atom(): { prefixes: Prefix[]; zeroWidth: boolean; anchor?: Anchor } {
    const c = this.source[this.at++]!;
    const literal = (text: string) => ({ prefixes: [{ text, open: true }], zeroWidth: false });
    const unknown = { prefixes: [{ text: '', open: false }], zeroWidth: false };
    if (c === '^') return { prefixes: [], zeroWidth: true, anchor: 'start' };
    if (c === '$') return { prefixes: [], zeroWidth: true };
    if (c === '.') return unknown;
    if (c === '[') {
      const start = this.at;
      while (this.at < this.source.length && this.source[this.at] !== ']')
        this.at += this.source[this.at] === '\\' ? 2 : 1;
      if (this.source[this.at++] !== ']') throw new Unfollowed();
      // A short class of letters and digits ("[23]", "[4-9]") is those characters; any other is any.
      const chars = classChars(this.source.slice(start, this.at - 1));
      return chars ? { prefixes: chars.map((text) => ({ text, open: true })), zeroWidth: false } : unknown;
    }
    if (c === '\\') {
      const e = this.source[this.at++];
      if (e === undefined) throw new Unfollowed();
      if (e === 'b') return { prefixes: [], zeroWidth: true, anchor: 'word' };
      if (e === 'B') return { prefixes: [], zeroWidth: true };
      // A digit is one of ten characters ("take \d+ mg").
      if (e === 'd') return { prefixes: DIGITS.map((text) => ({ text, open: true })), zeroWidth: false };
      if (/[a-zA-Z0-9]/.test(e)) return unknown;
      return literal(e);
    }
    if (c === '(') {
      let lookaround = false;
      if (this.source[this.at] === '?') {
        const kind = this.source.slice(this.at, this.at + 3);
        if (kind.startsWith('?:')) this.at += 2;
        else if (kind.startsWith('?=') || kind.startsWith('?!')) [this.at, lookaround] = [this.at + 2, true];
        else if (kind === '?<=' || kind === '?<!') [this.at, lookaround] = [this.at + 3, true];
        else throw new Unfollowed();
      }
      const inner = this.alternatives();
      // A lookaround only narrows where a match can be; it adds no characters to it.
      if (lookaround) return { prefixes: [], zeroWidth: true };
      const anchors = new Set(inner.map((a) => a.anchor));
      const anchor = anchors.has(undefined) ? undefined : anchors.has('word') ? 'word' : 'start';
      return { prefixes: unique(inner.flatMap((a) => a.prefixes)), zeroWidth: false, ...(anchor ? { anchor } : {}) };
    }
    if ('*+?{}|)'.includes(c)) throw new Unfollowed();
    return literal(c);
  }

  private quantifier(): 'one' | 'optional' | 'any' | 'some' {
    const c = this.source[this.at];
    let kind: 'one' | 'optional' | 'any' | 'some' = 'one';
    if (c === '?') kind = 'optional';
    else if (c === '*') kind = 'any';
    else if (c === '+') kind = 'some';
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unfollowed();
      this.at += m[0].length - 1;
      kind = Number(m[1]) === 0 ? 'any' : 'some';
    }
    if (kind === 'one') return kind;
    this.at++;
    // A lazy quantifier ("*?") matches the same strings.
    if (this.source[this.at] === '?') this.at++;
    return kind;
  }
}

/** Classes of more characters than this are taken as any character. */
const MAX_CLASS_CHARS = 10;

/** The characters of a class of plain letters, digits and ranges of them ("23", "4-9"), or undefined. */
function classChars(body: string): string[] | undefined {
  if (!/^(?:[a-z0-9](?:-[a-z0-9])?)+$/.test(body)) return undefined;
  const chars: string[] = [];
  for (const [, from, to] of body.matchAll(/([a-z0-9])(?:-([a-z0-9]))?/g))
    for (let code = from!.charCodeAt(0); code <= (to ?? from!).charCodeAt(0); code++)
      chars.push(String.fromCharCode(code));
  return chars.length <= MAX_CLASS_CHARS ? chars : undefined;
}

/** Each open prefix followed by each of the next atom's, cut at LENGTH characters. */
function join(before: readonly Prefix[], next: readonly Prefix[]): Prefix[] {
  const out: Prefix[] = [];
  for (const b of before) {
    if (!b.open) {
      out.push(b);
      continue;
    }
    for (const n of next) {
      const text = (b.text + n.text).slice(0, LENGTH);
      out.push({ text, open: n.open && text.length < LENGTH });
    }
  }
  return unique(out);
}

function closed(prefixes: readonly Prefix[]): Prefix[] {
  return unique(prefixes.map((p) => ({ text: p.text, open: false })));
}

function unique(prefixes: readonly Prefix[]): Prefix[] {
  const seen = new Map<string, Prefix>();
  for (const p of prefixes) seen.set(`${p.open ? 1 : 0}${p.text}`, p);
  return [...seen.values()];
}
