/**
 * A list of phrases to look for as whole words in a message's tokens ("her cat", "fish tank"). Each is
 * filed under its last word, so a message is compared only with the phrases that end in one of its words
 * rather than with every phrase of the list (hundreds, for every message).
 */
export class WholeWordPhrases {
  /** Each phrase with a space either side, under its last word. */
  private readonly byLastWord = new Map<string, string[]>();
  /** Phrases with no last word to file them under (blank ones): compared every time. */
  private readonly unfiled: string[] = [];

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const padded = ` ${phrase} `;
      const last = phrase.split(' ').at(-1);
      if (!last) {
        this.unfiled.push(padded);
        continue;
      }
      const list = this.byLastWord.get(last) ?? [];
      list.push(padded);
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
    const unfiled = this.unfiled.find((p) => padded.includes(p));
    if (unfiled) return unfiled.trim();
    for (const token of tokens) {
      const found = this.byLastWord.get(token)?.find((p) => padded.includes(p));
      if (found) return found.trim();
    }
    return undefined;
  }
}
