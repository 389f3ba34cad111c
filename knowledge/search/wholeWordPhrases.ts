/**
 * A list of phrases to look for as whole words in a message's tokens ("her cat", "fish tank"). Each is
 * filed under its last word, so a message is compared only with the phrases that end in one of its words
 * rather than with every phrase of the list (hundreds, for every message).
 */
interface Filed {
  phrase: string;
  /** The phrase with a space either side. */
  padded: string;
  /** Its place in the list, to give several back in the list's order. */
  index: number;
}

export class WholeWordPhrases {
  private readonly byLastWord = new Map<string, Filed[]>();
  /** Phrases with no last word to file them under (blank ones): compared every time. */
  private readonly unfiled: Filed[] = [];

  constructor(phrases: Iterable<string>) {
    let index = 0;
    for (const phrase of phrases) {
      const filed = { phrase, padded: ` ${phrase} `, index: index++ };
      const last = phrase.split(' ').at(-1);
      if (!last) {
        this.unfiled.push(filed);
        continue;
      }
      const list = this.byLastWord.get(last) ?? [];
      list.push(filed);
      this.byLastWord.set(last, list);
    }
  }

  /** Whether any phrase appears in the tokens, as whole words. */
  foundIn(tokens: readonly string[]): boolean {
    return this.firstIn(tokens) !== undefined;
  }

  /** The first phrase (by the message's word order) that appears in the tokens as whole words. */
  firstIn(tokens: readonly string[]): string | undefined {
    // A phrase found as whole words ends with a space-bounded word, which is then one of the tokens.
    const padded = ` ${tokens.join(' ')} `;
    const unfiled = this.unfiled.find((p) => padded.includes(p.padded));
    if (unfiled) return unfiled.padded.trim();
    for (const token of tokens) {
      const found = this.byLastWord.get(token)?.find((p) => padded.includes(p.padded));
      if (found) return found.padded.trim();
    }
    return undefined;
  }

  /** Every phrase that appears in the tokens as whole words, once each, in the list's order. */
  allIn(tokens: readonly string[]): string[] {
    const padded = ` ${tokens.join(' ')} `;
    const found: Filed[] = this.unfiled.filter((p) => padded.includes(p.padded));
    for (const token of new Set(tokens)) {
      for (const p of this.byLastWord.get(token) ?? []) if (padded.includes(p.padded)) found.push(p);
    }
    return found.sort((a, b) => a.index - b.index).map((p) => p.phrase);
  }
}
