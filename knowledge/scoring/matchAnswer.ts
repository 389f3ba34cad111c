/**
 * Reads free-text answers to the interview's questions: an option's label, value or synonym (whole
 * words, any case), its number in the list, or a close spelling (fuse.js).
 */
import Fuse from 'fuse.js';
import { normalize, numberedChoice } from '../text';
import { isDenied, normalizeForScreen } from '../triage/warningScreen';
import { type AssessmentModel, type Question, type QuestionOption, listedOptions } from './assessmentSchema';

const MAX_LENGTH_DIFFERENCE = 3;
/** Where one statement of an answer ends: "no, plant based" is a "no" and then a diet, not a denied diet. */
const CLAUSE_BREAK = /[,.;!?()]|\bbut\b/;
/** Just before a phrase, words that deny it: "not", "never been", "don't eat". */
const DENIED_BEFORE =
  /\b(?:not|never|dont|do not|doesnt|does not|isnt|arent|wasnt|am not|im not|without)(?: \w+){0,2} $/;

/** Just before a medicine, words that say it is not taken now: "I don't take", "stopped taking", "used to take". */
const NOT_TAKEN =
  /\b(?:don'?t|dont|do not|never|no longer|stopped|quit|came off|come off|used to)(?: (?:take|taking|use|using|be on|been on))?(?: any)? $/;

/** Whether the clause (padded with spaces) holds the phrase (padded) with no denial right before it. */
function saidUndenied(clause: string, phrase: string): boolean {
  const at = clause.indexOf(phrase);
  return at >= 0 && !DENIED_BEFORE.test(clause.slice(0, at + 1));
}

interface OptionPhrase {
  option: QuestionOption;
  /** Normalised label, value or synonym. */
  phrase: string;
}

interface CompiledQuestion {
  phrases: OptionPhrase[];
  fuzzy: Fuse<OptionPhrase>;
  longest: number;
}

/** Each question's phrases and fuzzy index, built once: the model does not change while the bot runs. */
const compiled = new WeakMap<Question, CompiledQuestion>();

function compile(question: Question): CompiledQuestion {
  let c = compiled.get(question);
  // Stryker disable next-line ConditionalExpression: a cache; compiling again gives the same phrases.
  if (!c) {
    // normalize() turns a value's hyphens into spaces ("most-days" is "most days"). A phrase that normalises
    // to nothing is found by no answer: an answer is never empty, and fuse.js skips an empty phrase.
    const phrases = question.options.flatMap((option) =>
      [option.label, option.value, ...option.synonyms].map((p) => ({ option, phrase: normalize(p) })),
    );
    c = {
      phrases,
      fuzzy: new Fuse(phrases, { keys: ['phrase'], threshold: 0.3 }),
      // Stryker disable next-line ArrowFunction: with no length, no answer skips the search, which changes only speed.
      longest: Math.max(0, ...phrases.map((p) => p.phrase.length)),
    };
    compiled.set(question, c);
  }
  return c;
}

export function matchOption(question: Question, text: string): QuestionOption | undefined {
  const answer = normalize(text);
  if (!answer) return undefined;
  const numbered = numberedChoice(answer, listedOptions(question));
  if (numbered) return numbered.choice;
  const { phrases, fuzzy, longest } = compile(question);
  // The longest phrase found inside the answer wins ("not much" over "much"), the first listed of equally long
  // ones; an answer that is a phrase is the longest phrase inside itself. A phrase denied in its own clause
  // ("no, I'm not vegan", "I don't eat meat") is not chosen.
  const clauses = text
    .toLowerCase()
    .split(CLAUSE_BREAK)
    .map((c) => ` ${normalize(c)} `);
  let best: OptionPhrase | undefined;
  for (const p of phrases) {
    if (best && p.phrase.length <= best.phrase.length) continue;
    if (clauses.some((c) => saidUndenied(c, ` ${p.phrase} `))) best = p;
  }
  if (best) return best.option;
  // A misspelt option is at most three characters longer or shorter than it: longer answers skip the search.
  // Stryker disable next-line ConditionalExpression: a shortcut; the length check below rejects such answers too.
  if (answer.length > longest + MAX_LENGTH_DIFFERENCE) return undefined;
  // Stryker disable next-line ObjectLiteral: a shortcut; the best hit comes first with or without a limit.
  const hit = fuzzy.search(answer, { limit: 1 })[0];
  return hit && Math.abs(hit.item.phrase.length - answer.length) <= MAX_LENGTH_DIFFERENCE ? hit.item.option : undefined;
}

interface Mention {
  /** Its place in the model: a later mention of the same question wins, as the model lists them. */
  order: number;
  question: string;
  value: string;
  /** The mention normalised, with a space either side, to find it as whole words. */
  padded: string;
  /** As written, lower-case, to find where it starts in the screen's text (for a denial before it). */
  lower: string;
}

/**
 * Every option's mention, normalised once and filed under its first word: a message is checked only for
 * the mentions that start with one of its words, not for all of them (most messages name none).
 */
const mentionIndexes = new WeakMap<AssessmentModel, ReadonlyMap<string, readonly Mention[]>>();

function mentionIndex(model: AssessmentModel): ReadonlyMap<string, readonly Mention[]> {
  let index = mentionIndexes.get(model);
  // Stryker disable next-line ConditionalExpression: a cache; indexing again gives the same index.
  if (!index) {
    const byFirstWord = new Map<string, Mention[]>();
    const all = model.questions.flatMap((q) =>
      q.options.flatMap((o) => o.mentions?.map((m) => ({ question: q.id, value: o.value, mention: m })) ?? []),
    );
    all.forEach(({ question, value, mention }, order) => {
      const phrase = normalize(mention);
      const first = phrase.split(' ')[0]!;
      const entry = { order, question, value, padded: ` ${phrase} `, lower: mention.toLowerCase() };
      const list = byFirstWord.get(first);
      if (list) list.push(entry);
      else byFirstWord.set(first, [entry]);
    });
    index = byFirstWord;
    mentionIndexes.set(model, index);
  }
  return index;
}

/** Answers a message gives in passing by naming an option's mention ("I take furosemide"), unless denied. */
export function mentionedAnswers(model: AssessmentModel, message: string): Record<string, string> {
  const normal = normalize(message);
  const index = mentionIndex(model);
  const candidates = new Set<Mention>();
  for (const word of normal.split(' ')) for (const m of index.get(word) ?? []) candidates.add(m);
  const found: Record<string, string> = {};
  // Stryker disable next-line ConditionalExpression: a shortcut; with no candidate the loop below finds nothing.
  if (!candidates.size) return found;
  const text = ` ${normal} `;
  const raw = normalizeForScreen(message);
  for (const m of [...candidates].sort((a, b) => a.order - b.order)) {
    if (!text.includes(m.padded)) continue;
    const at = raw.indexOf(m.lower);
    // Stryker disable next-line EqualityOperator: at 0 nothing comes before the mention to deny it.
    if (at >= 0 && (isDenied(raw.slice(0, at)) || NOT_TAKEN.test(raw.slice(0, at)))) continue;
    found[m.question] = m.value;
  }
  return found;
}
