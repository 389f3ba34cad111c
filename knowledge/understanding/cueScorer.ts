/**
 * Intent cues (regular expressions from intents.json) scored on a message's normal form: each intent
 * gets the summed weights of its cues that match. There are about a hundred cues and a message matches
 * a few, so each cue is filed under the characters its matches start with (wordStartPrefixes) and is
 * tried only at the word starts of the message that begin with them; a cue whose start is not pinned
 * down is run over the whole message.
 */
import type { Intent } from '../schema';
import { PatternFiling, matchFrom } from '../search/patternFiling';
import { twoByte } from './warmUp';

interface Cue {
  /** Tried only where it may start when filed (the y flag), else tested on the whole message. */
  pattern: RegExp;
  /** Whether its start is pinned down (PatternFiling). */
  filed: boolean;
  weight: number;
  /** Its place among all the intents' cues. */
  index: number;
}

interface IntentCues {
  intent: Intent;
  cues: Cue[];
}
/** A message's normal form, for warmUp. */
const WARM_UP_NORMAL = 'how much magnesium is in spinach';

export class CueScorer {
  private readonly intents: IntentCues[];
  /** Every cue, by its index, filed by the characters its matches start with. */
  private readonly filing: PatternFiling;
  /** Every cue by its index, and the index of its intent in `intents`. */
  private readonly cues: Cue[];
  private readonly intentOf: number[];
  /** The cues whose start is not pinned down: run over every message. */
  private readonly unfiled: Cue[];

  constructor(intents: readonly { intent: Intent; cues: readonly { pattern: string; weight: number }[] }[]) {
    this.filing = new PatternFiling(intents.flatMap((i) => i.cues.map((c) => c.pattern)));
    let index = 0;
    this.intents = intents.map((i) => {
      const cues = i.cues.map((c) => ({
        pattern: new RegExp(c.pattern, this.filing.filed[index] ? 'y' : ''),
        filed: this.filing.filed[index]!,
        weight: c.weight,
        index: index++,
      }));
      return { intent: i.intent, cues };
    });
    this.cues = this.intents.flatMap((i) => i.cues);
    this.intentOf = this.intents.flatMap((i, k) => i.cues.map(() => k));
    this.unfiled = this.cues.filter((c) => !c.filed);
  }

  /** Uses every pattern once, an intent a step, so that V8 compiles them now (warmUp.ts). */
  *warmUpSteps(): Generator<void> {
    for (const { cues } of this.intents) {
      // A message with an emoji or a curly quote has a normal form of two-byte characters too.
      for (const normal of [WARM_UP_NORMAL, twoByte(WARM_UP_NORMAL)]) {
        for (const c of cues) c.pattern.test(normal);
      }
      yield;
    }
  }

  /**
   * Each intent with a cue in the message, and its cues' summed weight, in intents.json's order. Only the
   * cues a word start of the message may begin are tried; the sums are then made in the cues' own order.
   */
  score(normal: string): Map<Intent, number> {
    const matched = new Uint8Array(this.cues.length);
    const hit = new Uint8Array(this.intents.length);
    for (const [i, starts] of this.filing.startsIn(normal)) {
      if (matchFrom(this.cues[i]!.pattern, normal, starts) === null) continue;
      matched[i] = 1;
      hit[this.intentOf[i]!] = 1;
    }
    for (const c of this.unfiled) {
      if (!c.pattern.test(normal)) continue;
      matched[c.index] = 1;
      hit[this.intentOf[c.index]!] = 1;
    }
    const scores = new Map<Intent, number>();
    this.intents.forEach(({ intent, cues }, k) => {
      if (hit[k] === 0) return;
      let total = 0;
      for (const c of cues) if (matched[c.index] === 1) total += c.weight;
      if (total > 0) scores.set(intent, total);
    });
    return scores;
  }
}
