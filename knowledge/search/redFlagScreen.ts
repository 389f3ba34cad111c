/**
 * Recognises red-flag symptoms in any message with the patterns in guidance.json. Safety first: a
 * pattern counts unless it is plainly denied right before ("no chest pain", "without fainting").
 */
import type { RedFlag } from '../schema';
import { MATCH_PREFIX_CHARS } from '../text';

const DENIAL_BEFORE = /\b(no|without|never had|dont have|don't have|do not have|not any|denies|deny)\s+(any\s+)?$/;
const URGENCY_ORDER: Record<RedFlag['urgency'], number> = { emergency: 0, today: 1, soon: 2 };

export class RedFlagScreen {
  private readonly compiled: { flag: RedFlag; patterns: RegExp[] }[];
  /** Every pattern in one expression: most messages match none, and one test tells. */
  private readonly anyPattern: RegExp;

  constructor(flags: readonly RedFlag[]) {
    this.compiled = flags.map((flag) => ({ flag, patterns: flag.patterns.map((p) => new RegExp(p, 'gi')) }));
    this.anyPattern = new RegExp(flags.flatMap((f) => f.patterns.map((p) => `(?:${p})`)).join('|'), 'i');
  }

  /** The last message screened and its flags: a turn screens its message twice (bot, then recogniser). */
  private last?: { message: string; flags: readonly RedFlag[] };

  /** The red flags the message mentions, most urgent first. */
  screen(message: string): RedFlag[] {
    if (this.last?.message === message) return [...this.last.flags];
    const flags = this.screenUncached(message);
    this.last = { message, flags };
    return [...flags];
  }

  private screenUncached(message: string): RedFlag[] {
    const text = message.slice(0, MATCH_PREFIX_CHARS).toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
    if (!this.anyPattern.test(text)) return [];
    const found = this.compiled
      .filter(({ patterns }) => patterns.some((pattern) => this.mentions(text, pattern)))
      .map(({ flag }) => flag);
    return found.sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency]);
  }

  private mentions(text: string, pattern: RegExp): boolean {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (!DENIAL_BEFORE.test(before)) return true;
      if (m[0].length === 0) pattern.lastIndex++;
    }
    return false;
  }
}
