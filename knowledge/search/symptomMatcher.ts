/**
 * Matches everyday symptom wordings ("my calf keeps jumping", "lips feel fizzy") in free text. A phrase
 * matches when all its meaningful words occur close together, in any order and any word form, so
 * "my calves jump" meets "calf jumping". A negation shortly before it in the same clause ("no", "not",
 * "never had", "without") marks it as denied, unless a word such as "but" turns the sentence first; a
 * denial carries along a list ("no cramps, tingling or numbness", "neither cramps nor tingling").
 */
import type { Symptom } from '../schema';
import { singular, stem } from '../text';

export interface SymptomHit {
  symptom: Symptom;
  /** The catalogue phrase that matched. */
  phrase: string;
  negated: boolean;
  /** How many meaningful words matched: more is more specific. */
  strength: number;
  /** The first and last token of the match, in the tokens given. */
  first?: number;
  last?: number;
}

interface CompiledPhrase {
  symptom: Symptom;
  phrase: string;
  stems: string[];
  /** Its place in the catalogue, which decides between equally strong phrases. */
  order: number;
}

/** Extra words allowed between the matched words of a phrase. */
const WINDOW_SLACK = 3;
/** How far back a negation word still applies. */
const NEGATION_REACH = 3;
/** Words that turn a sentence: a negation before them does not reach what follows ("no cramps but tingling"). */
const TURNS = new Set(['but', 'just', 'only', 'except', 'though', 'although', 'however', 'yet', 'instead', 'apart']);
/** Words that continue a list, so a denied item's denial carries on to the next ("no cramps or tingling"). */
const LIST_JOINERS = new Set(['or', 'nor', 'any', 'either']);
/** How many joining words may sit between two items of a denied list. */
const LIST_GAP = 2;
/** How many words of a symptom already denied may sit between two items of a denied list. */
const LIST_ITEMS_BETWEEN = 2;

export class SymptomMatcher {
  private readonly phrases: CompiledPhrase[];
  /** Phrases by their first word's stem: a phrase can only match a message that contains that stem. */
  private readonly byFirstStem = new Map<string, CompiledPhrase[]>();
  private readonly filler: ReadonlySet<string>;
  private readonly negations: ReadonlySet<string>;
  /** Per symptom, the phrases in which its words mean something else, as words in the singular. */
  private readonly notIn = new Map<string, string[][]>();

  constructor(symptoms: readonly Symptom[], fillerWords: readonly string[], negations: readonly string[]) {
    this.filler = new Set(fillerWords.map(stem));
    this.negations = new Set(negations);
    this.phrases = symptoms
      .flatMap((symptom) =>
        [symptom.label, ...symptom.phrases].map((phrase) => ({
          order: 0,
          symptom,
          phrase,
          stems: [
            ...new Set(
              phrase
                .toLowerCase()
                .split(/[^a-z0-9]+/)
                .filter(Boolean)
                .map(stem),
            ),
          ].filter((s) => !this.filler.has(s)),
        })),
      )
      .filter((p) => p.stems.length > 0);
    for (const symptom of symptoms) {
      const phrases = (symptom.notIn ?? []).map((phrase) =>
        phrase
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter(Boolean)
          .map(singular),
      );
      if (phrases.length) this.notIn.set(symptom.id, phrases);
    }
    this.phrases.forEach((p, i) => (p.order = i));
    for (const p of this.phrases) {
      const list = this.byFirstStem.get(p.stems[0]!) ?? [];
      list.push(p);
      this.byFirstStem.set(p.stems[0]!, list);
    }
  }

  /** tokens: the message's normalised (and spell-corrected) words; clauses: each token's clause number. */
  match(tokens: readonly string[], clauses: readonly number[] = []): SymptomHit[] {
    const clauseOf = (i: number) => (clauses.length === tokens.length ? clauses[i]! : 0);
    const stems = tokens.map(stem);
    // Per symptom, the positions inside its phrases that mean something else, found once per message.
    const elsewhereBySymptom = new Map<string, Set<number>>();
    const elsewhere = (symptomId: string): Set<number> => {
      let found = elsewhereBySymptom.get(symptomId);
      if (!found) elsewhereBySymptom.set(symptomId, (found = this.meaningSomethingElse(symptomId, tokens)));
      return found;
    };
    const positions = new Map<string, number[]>();
    stems.forEach((s, i) => {
      const list = positions.get(s);
      if (list) list.push(i);
      else positions.set(s, [i]);
    });

    // Catalogue order decides between equally strong phrases, so candidates are visited in that order.
    const candidates: CompiledPhrase[] = [];
    for (const s of positions.keys()) candidates.push(...(this.byFirstStem.get(s) ?? []));
    candidates.sort((a, b) => a.order - b.order);

    const best = new Map<string, { hit: SymptomHit; covered: Set<number>; first: number; last: number }>();
    for (const p of candidates) {
      if (!p.stems.every((s) => positions.has(s))) continue;
      const skip = elsewhere(p.symptom.id);
      const lists = p.stems.map((s) => positions.get(s)!.filter((i) => !skip.has(i)));
      if (lists.some((list) => list.length === 0)) continue;
      const span = tightestSpan(lists);
      if (span.last - span.first > p.stems.length - 1 + WINDOW_SLACK) continue;
      const negated = this.isNegated(tokens, span.first, clauseOf) || this.deniedInside(tokens, span.first, span.last);
      const covered = new Set(span.picks);
      const current = best.get(p.symptom.id);
      if (!current || p.stems.length > current.hit.strength) {
        best.set(p.symptom.id, {
          hit: { symptom: p.symptom, phrase: p.phrase, negated, strength: p.stems.length },
          covered,
          first: span.first,
          last: span.last,
        });
      }
    }
    // A word that names a symptom on its own ("no numbness, tingling or weakness": "tingling", the same symptom
    // as "numbness") is an item of the list, not the end of it.
    const namesASymptom = (i: number) => this.byFirstStem.get(stems[i]!)?.some((p) => p.stems.length === 1) === true;
    carryDenialAlongLists([...best.values()], tokens, namesASymptom);
    // A symptom whose matched words are all inside a more specific symptom's match is that symptom, not two.
    const all = [...best.values()];
    return (
      all
        .filter(
          ({ hit, covered }) =>
            !all.some(
              (other) =>
                other.hit.strength > hit.strength && [...covered].every((position) => other.covered.has(position)),
            ),
        )
        // Written out rather than spread ({ ...hit, first, last }), which took V8's slow path here.
        .map(({ hit, first, last }) => ({
          symptom: hit.symptom,
          phrase: hit.phrase,
          negated: hit.negated,
          strength: hit.strength,
          first,
          last,
        }))
    );
  }

  /** The positions of words inside the symptom's phrases that mean something else ("protein shake"). */
  private meaningSomethingElse(symptomId: string, tokens: readonly string[]): Set<number> {
    const inside = new Set<number>();
    const phrases = this.notIn.get(symptomId);
    if (!phrases) return inside;
    // Matched word for word (in the singular): "shaky hands" is no handshake.
    const words = tokens.map(singular);
    for (const phrase of phrases) {
      for (let start = 0; start + phrase.length <= words.length; start++) {
        if (phrase.every((w, j) => words[start + j] === w))
          for (let k = 0; k < phrase.length; k++) inside.add(start + k);
      }
    }
    return inside;
  }

  /** A negation between the phrase's own words: "my lips aren't tingling", "heart isn't skipping". */
  private deniedInside(tokens: readonly string[], first: number, last: number): boolean {
    for (let i = first + 1; i < last; i++) if (this.negations.has(tokens[i]!)) return true;
    return false;
  }

  /** A negation within reach before the phrase, in its clause, with no turn ("but") in between. */
  private isNegated(tokens: readonly string[], first: number, clauseOf: (i: number) => number): boolean {
    for (let i = first - 1; i >= Math.max(0, first - NEGATION_REACH); i--) {
      if (clauseOf(i) !== clauseOf(first) || TURNS.has(tokens[i]!)) return false;
      if (this.negations.has(tokens[i]!)) return true;
    }
    return false;
  }
}

/**
 * An item right after a denied one, joined only by "or", "nor" or a comma, is denied too, and so is one after
 * more items of the list that name a symptom already denied ("no numbness, tingling or weakness").
 */
function carryDenialAlongLists(
  matches: { hit: SymptomHit; first: number; last: number }[],
  tokens: readonly string[],
  namesASymptom: (i: number) => boolean,
): void {
  const inOrder = [...matches].sort((a, b) => a.first - b.first);
  for (let i = 1; i < inOrder.length; i++) {
    const previous = inOrder[i - 1]!;
    const current = inOrder[i]!;
    if (!previous.hit.negated || current.hit.negated || current.first <= previous.last) continue;
    const between = tokens.slice(previous.last + 1, current.first);
    const items = between.filter((_, k) => namesASymptom(previous.last + 1 + k)).length;
    if (
      between.length - items <= LIST_GAP &&
      items <= LIST_ITEMS_BETWEEN &&
      between.every((t, k) => LIST_JOINERS.has(t) || namesASymptom(previous.last + 1 + k))
    )
      current.hit.negated = true;
  }
}

/** Picks one position per word so that the picks lie as close together as possible. */
function tightestSpan(lists: number[][]): { first: number; last: number; picks: number[] } {
  let best = { first: 0, last: Number.POSITIVE_INFINITY, picks: [] as number[] };
  for (const anchor of lists[0]!) {
    const picks = lists.map((list) => list.reduce((a, b) => (Math.abs(b - anchor) < Math.abs(a - anchor) ? b : a)));
    const first = Math.min(...picks);
    const last = Math.max(...picks);
    if (last - first < best.last - best.first) best = { first, last, picks };
  }
  return best;
}
