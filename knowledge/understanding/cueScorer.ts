/**
 * Intent cues (regular expressions from intents.json) scored on a message's normal form: each intent
 * gets the summed weights of its cues that match. There are about a hundred cues and a message matches
 * a few, so each cue is filed under the characters its matches start with (wordStartPrefixes) and only
 * the cues a word of the message can start are run; a cue whose start is not pinned down is always run.
 */
import type { Intent } from '../schema';
import { PatternFiling } from '../search/patternFiling';
import { twoByte } from './warmUp';

interface Cue {
  pattern: RegExp;
  weight: number;
  /** Its place among all the intents' cues. */
  index: number;
}

interface IntentCues {
  intent: Intent;
  /** All the intent's cues in one expression: one test rules the intent out when several cues are left. */
  any: RegExp;
  cues: Cue[];
  /** Some cue is always run: then only `any` tells whether the intent can match. */
  hasUnfiled: boolean;
}

/** With this many of an intent's cues left to run, one test of them all first is cheaper. */
const ANY_FIRST_FROM = 3;
/** A message's normal form, for warmUp. */
const WARM_UP_NORMAL = 'how much magnesium is in spinach';

export class CueScorer {
  private readonly intents: IntentCues[];
  /** Every cue, by its index, filed by the characters its matches start with. */
  private readonly filing: PatternFiling;

  constructor(intents: readonly { intent: Intent; cues: readonly { pattern: string; weight: number }[] }[]) {
    this.filing = new PatternFiling(intents.flatMap((i) => i.cues.map((c) => c.pattern)));
    let index = 0;
    this.intents = intents.map((i) => {
      const cues = i.cues.map((c) => ({ pattern: new RegExp(c.pattern), weight: c.weight, index: index++ }));
      return {
        intent: i.intent,
        any: new RegExp(i.cues.map((c) => `(?:${c.pattern})`).join('|') || '(?!)'),
        cues,
        hasUnfiled: cues.some((c) => !this.filing.filed[c.index]),
      };
    });
  }

  /** Uses every pattern once, an intent a step, so that V8 compiles them now (warmUp.ts). */
  *warmUpSteps(): Generator<void> {
    for (const { any, cues } of this.intents) {
      // A message with an emoji or a curly quote has a normal form of two-byte characters too.
      for (const normal of [WARM_UP_NORMAL, twoByte(WARM_UP_NORMAL)]) {
        any.test(normal);
        for (const c of cues) c.pattern.test(normal);
      }
      yield;
    }
  }

  /** Each intent with a cue in the message, and its cues' summed weight, in intents.json's order. */
  score(normal: string): Map<Intent, number> {
    const possible = this.filing.possible(normal);
    const scores = new Map<Intent, number>();
    for (const { intent, any, cues, hasUnfiled } of this.intents) {
      let left = 0;
      for (const c of cues) left += possible[c.index]!;
      if (left === 0) continue;
      // The cues ruled out cannot match, so `any` matches exactly when one of those left does; it is
      // tested first when it saves tests, and always when a cue is unfiled (kept as the test it was).
      if ((hasUnfiled || left >= ANY_FIRST_FROM) && !any.test(normal)) continue;
      let total = 0;
      for (const c of cues) if (possible[c.index] && c.pattern.test(normal)) total += c.weight;
      if (total > 0) scores.set(intent, total);
    }
    return scores;
  }
}
