/**
 * What a message the bot cannot answer was about, in its own words ("tax return"), so the decline names
 * it rather than saying "that". Only plain English words the bot's vocabulary does not already explain
 * are kept, and only a short run of them: anything else is left unnamed.
 */
import type { KnowledgeBase, TextAnalysis } from '../knowledgeBase';
import { englishWords } from '../search/englishWords';

const MAX_WORDS = 3;
/** English function words: they never say what a question is about. */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but if so to of in on at by for with about from into over under up down out off ' +
    'i me my mine you your yours he him his she her hers it its we us our they them their this that these those ' +
    'am is are was were be been being do does did done have has had can could will would shall should may might must ' +
    'not no yes please tell help know want need get got give let make any some all what which who whom whose ' +
    'where when why how there here just also too very really much many more most than then ' +
    // Times say when, not what: "who won the champions league last year".
    'last next year years week weeks weekend month months season seasons today yesterday tonight tomorrow ago'
  ).split(' '),
);
const WORD = /^[a-z]{3,20}$/;
const ignoredByKb = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

function ignored(kb: KnowledgeBase): ReadonlySet<string> {
  let words = ignoredByKb.get(kb);
  if (!words) {
    const cues = kb.data.intentCues;
    words = new Set([...cues.commonWords, ...cues.fillerWords, ...cues.negations, ...FUNCTION_WORDS]);
    ignoredByKb.set(kb, words);
  }
  return words;
}

export function askedTopic(kb: KnowledgeBase, analysis: TextAnalysis): string | undefined {
  const skip = ignored(kb);
  const english = englishWords();
  const words = analysis.tokens.filter((w) => WORD.test(w) && !skip.has(w) && english.has(w));
  return words.length && words.length <= MAX_WORDS ? words.join(' ') : undefined;
}
