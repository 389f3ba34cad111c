/**
 * Symptoms a message names but does not tell as happening now: "the numb lip was from the dentist and it's
 * worn off", "used to get palpitations from energy drinks", "my friend's lips go tingly", or denied in a
 * list ("Pt denies CP, SOB, palpitations"). A question told
 * with them gets no doctor's advice for them; the warning screen's own rules decide (one set of rules).
 */
import type { KnowledgeBase } from '../knowledgeBase';
import { deniedInList, toldAsCurrent } from '../triage/warningScreen';

/**
 * Said right after a symptom: it has already gone ("pins and needles after sleeping on it, gone in 2 mins",
 * "a cramp last night, gone now"). Only for the symptoms' own advice: the warning screen does not read this,
 * so a red flag that has passed (chest pain "gone now") still gets its urgent advice.
 */
const GONE_NOW =
  /^[^.;!?]{0,60}?\b(?:(?:it'?s|its|it is|they'?re|all|now|but|and|which) )?(?:gone|went away|passed|eased off|settled|disappeared|vanished)(?: again)? (?:now|already|(?:in|within|after) (?:about |around )?(?:\d+|a|one|two|a few|a couple of) ?(?:minutes?|mins?|seconds?|secs?|moments?))\b/;

export function symptomsNotCurrent(kb: KnowledgeBase, message: string): Set<string> {
  const text = message.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
  const analysis = kb.analyze(message);
  const offsets = tokenOffsets(text, analysis.tokens);
  const past = new Set<string>();
  // A symptom that hard exercise makes normal (the warning sign of the same name says so): "my heart races
  // when I run" is told as exercise, not as a symptom now.
  const normalOnExertion = new Set(kb.data.triage.signs.filter((s) => s.normalOnExertion).map((s) => s.id));
  for (const hit of kb.matchSymptoms(analysis)) {
    if (hit.negated || hit.first === undefined || hit.last === undefined) continue;
    const start = offsets[hit.first];
    const last = offsets[hit.last];
    // A word the text spells differently ("can't" for "cant") cannot be placed: counted as now.
    if (start === undefined || last === undefined) continue;
    // A list led by "denies" or "not having:" reaches further than the matcher's own denials.
    const end = last + analysis.tokens[hit.last]!.length;
    if (
      deniedInList(text.slice(0, start)) ||
      !toldAsCurrent(text, start, end, normalOnExertion.has(hit.symptom.id)) ||
      GONE_NOW.test(text.slice(end))
    )
      past.add(hit.symptom.id);
  }
  return past;
}

/** Where each token starts in the text, in order; undefined for a token not found as written. */
function tokenOffsets(text: string, tokens: readonly string[]): (number | undefined)[] {
  let cursor = 0;
  return tokens.map((token) => {
    const at = text.indexOf(token, cursor);
    if (at < 0) return undefined;
    cursor = at + token.length;
    return at;
  });
}

/** The ids of the symptoms a message tells as happening now: neither negated nor set aside above. */
export function currentSymptoms(
  kb: KnowledgeBase,
  symptoms: readonly { id: string; negated: boolean }[],
  message: string,
): string[] {
  const told = symptoms.filter((s) => !s.negated);
  const notNow = told.length ? symptomsNotCurrent(kb, message) : undefined;
  return told.filter((s) => !notNow?.has(s.id)).map((s) => s.id);
}
