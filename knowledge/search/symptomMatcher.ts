/**
 * Matches everyday symptom wordings ("my calf keeps jumping", "lips feel fizzy") in free text. A phrase
 * matches when all its meaningful words occur close together, in any order and any word form, so
 * "my calves jump" meets "calf jumping". A negation just before it ("no", "not") marks it as denied.
 */
import type { Symptom } from '../schema';
import { stem } from '../text';

export interface SymptomHit {
  symptom: Symptom;
  /** The catalogue phrase that matched. */
  phrase: string;
  negated: boolean;
  /** How many meaningful words matched: more is more specific. */
  strength: number;
}

interface CompiledPhrase {
  symptom: Symptom;
  phrase: string;
  stems: string[];
}

/** Extra words allowed between the matched words of a phrase. */
const WINDOW_SLACK = 3;
/** How far back a negation word still applies. */
const NEGATION_REACH = 3;

export class SymptomMatcher {
  private readonly phrases: CompiledPhrase[];
  /** Phrases by their first word's stem: a phrase can only match a message that contains that stem. */
  private readonly byFirstStem = new Map<string, CompiledPhrase[]>();
  private readonly order = new Map<CompiledPhrase, number>();
  private readonly filler: ReadonlySet<string>;
  private readonly negations: ReadonlySet<string>;

  constructor(symptoms: readonly Symptom[], fillerWords: readonly string[], negations: readonly string[]) {
    this.filler = new Set(fillerWords.map(stem));
    this.negations = new Set(negations);
    this.phrases = symptoms
      .flatMap((symptom) =>
        [symptom.label, ...symptom.phrases].map((phrase) => ({
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
    this.phrases.forEach((p, i) => this.order.set(p, i));
    for (const p of this.phrases) {
      const list = this.byFirstStem.get(p.stems[0]!) ?? [];
      list.push(p);
      this.byFirstStem.set(p.stems[0]!, list);
    }
  }

  /** tokens: the message's normalised (and spell-corrected) words. */
  match(tokens: readonly string[]): SymptomHit[] {
    const stems = tokens.map(stem);
    const positions = new Map<string, number[]>();
    stems.forEach((s, i) => {
      const list = positions.get(s);
      if (list) list.push(i);
      else positions.set(s, [i]);
    });

    // Catalogue order decides between equally strong phrases, so candidates are visited in that order.
    const candidates: CompiledPhrase[] = [];
    for (const s of positions.keys()) candidates.push(...(this.byFirstStem.get(s) ?? []));
    candidates.sort((a, b) => this.order.get(a)! - this.order.get(b)!);

    const best = new Map<string, { hit: SymptomHit; covered: Set<number> }>();
    for (const p of candidates) {
      if (!p.stems.every((s) => positions.has(s))) continue;
      const span = tightestSpan(p.stems.map((s) => positions.get(s)!));
      if (span.last - span.first > p.stems.length - 1 + WINDOW_SLACK) continue;
      const negated = this.isNegated(tokens, span.first);
      const covered = new Set(span.picks);
      const current = best.get(p.symptom.id);
      if (!current || p.stems.length > current.hit.strength) {
        best.set(p.symptom.id, {
          hit: { symptom: p.symptom, phrase: p.phrase, negated, strength: p.stems.length },
          covered,
        });
      }
    }
    // A symptom whose matched words are all inside a more specific symptom's match is that symptom, not two.
    const all = [...best.values()];
    return all
      .filter(
        ({ hit, covered }) =>
          !all.some(
            (other) =>
              other.hit.strength > hit.strength && [...covered].every((position) => other.covered.has(position)),
          ),
      )
      .map(({ hit }) => hit);
  }

  private isNegated(tokens: readonly string[], first: number): boolean {
    for (let i = Math.max(0, first - NEGATION_REACH); i < first; i++) {
      if (this.negations.has(tokens[i]!)) return true;
    }
    return false;
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
