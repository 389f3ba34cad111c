/**
 * A deterministic recogniser, no cloud service: intent cues (regular expressions from intents.json)
 * scored together with the entities found in the message (nutrients, foods, symptoms, lifestyle
 * factors, a diet). Returns the intent, the entities and a confidence between 0 and 1.
 */
import type { KnowledgeBase, TextAnalysis } from '../knowledgeBase';
import type { DietTag, Intent, NutrientId } from '../schema';

export interface SymptomMention {
  id: string;
  label: string;
  negated: boolean;
}

export interface Recognition {
  intent: Intent;
  confidence: number;
  nutrients: NutrientId[];
  /** Food ids, in the order they appear. */
  foods: string[];
  symptoms: SymptomMention[];
  lifestyleFactors: string[];
  diet?: DietTag;
  /** Red-flag ids the message mentions, most urgent first. */
  redFlags: string[];
  /** Nutrients named that the bot does not cover ("protein"), to say so plainly. */
  otherNutrients: string[];
  /** A short follow-up such as "and calcium?" that continues the previous question's kind. */
  isFollowUp: boolean;
  analysis: TextAnalysis;
}

export interface RecognitionContext {
  /** The intent of the previous question in this conversation, for follow-ups. */
  previousIntent?: Intent;
}

/** Below this the bot asks a short clarifying question instead of guessing. */
export const CLARIFY_BELOW = 0.35;

/** Any character outside ASCII: only then can a message have letters of another script. */
const NON_ASCII = /[^\p{ASCII}]/u;
const ANY_LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const NON_LETTERS = /[^\p{L}]+/u;
const FOLLOW_UP = /^(and|also|what about|how about|same for|same with|ok and|okay and|now|then)\b/;
/** Questions about a nutrient or a food: a follow-up naming another one keeps their kind. */
export const KNOWLEDGE_QUESTIONS: ReadonlySet<Intent> = new Set([
  'foodsForNutrient',
  'nutrientRole',
  'deficiencySigns',
  'whoIsAtRisk',
  'nutrientsInFood',
  'foodNutrientAmount',
  'supplements',
]);
const NEEDS_FOOD: ReadonlySet<Intent> = new Set(['nutrientsInFood', 'foodNutrientAmount']);
const NEEDS_NUTRIENT: ReadonlySet<Intent> = new Set(['nutrientRole', 'deficiencySigns', 'whoIsAtRisk']);

export class Recognizer {
  /** Per intent, its cues and all of them in one expression, which rules most intents out in one test. */
  private readonly cues: { intent: Intent; any: RegExp; cues: { pattern: RegExp; weight: number }[] }[];
  private readonly foreignWords: ReadonlySet<string>;
  private readonly commonWords: ReadonlySet<string>;
  private readonly otherNutrients: readonly string[];
  /** The same names with a space either side, to find whole words in a padded message. */
  private readonly paddedOtherNutrients: readonly string[];

  constructor(private readonly kb: KnowledgeBase) {
    const data = kb.data.intentCues;
    this.cues = data.intents.map((i) => ({
      intent: i.intent,
      any: new RegExp(i.cues.map((c) => `(?:${c.pattern})`).join('|') || '(?!)'),
      cues: i.cues.map((c) => ({ pattern: new RegExp(c.pattern), weight: c.weight })),
    }));
    this.foreignWords = new Set(data.otherLanguageWords);
    this.commonWords = new Set([...data.commonWords, ...data.fillerWords]);
    this.otherNutrients = data.otherNutrients;
    this.paddedOtherNutrients = data.otherNutrients.map((n) => ` ${n} `);
  }

  recognize(text: string, context: RecognitionContext = {}): Recognition {
    const analysis = this.kb.analyze(text);
    // "mg" is magnesium's symbol but also a unit: it names magnesium only when no other nutrient is named.
    const nutrientHits = this.kb.findNutrients(analysis);
    const named = nutrientHits.filter((h) => h.phrase !== 'mg');
    const nutrients = (named.length ? named : nutrientHits).map((h) => h.item.id);
    const foods = this.kb.findFoods(analysis).map((h) => h.item.id);
    const symptoms = this.kb.matchSymptoms(analysis).map((h) => ({
      id: h.symptom.id,
      label: h.symptom.label,
      negated: h.negated,
    }));
    const lifestyleFactors = this.kb.findLifestyleFactors(analysis).map((h) => h.item.id);
    const diet = this.kb.findDiet(analysis);
    const redFlags = this.kb.screenRedFlags(text).map((f) => f.id);
    const normal = analysis.corrected.join(' ');
    const isFollowUp = FOLLOW_UP.test(normal) && analysis.corrected.length <= 6;
    const padded = ` ${analysis.tokens.join(' ')} `;
    const otherNutrients = this.otherNutrients.filter((n, i) => padded.includes(this.paddedOtherNutrients[i]!));
    const base = { nutrients, foods, symptoms, lifestyleFactors, diet, redFlags, otherNutrients, isFollowUp, analysis };

    if (this.looksForeign(text, analysis)) return { ...base, intent: 'otherLanguage', confidence: 0.8 };
    if (analysis.tokens.length === 0) return { ...base, intent: 'empty', confidence: 1 };

    const scores = this.scoreCues(normal);
    const hasCue = scores.size > 0 || diet !== undefined;
    const add = (intent: Intent, points: number) => scores.set(intent, (scores.get(intent) ?? 0) + points);
    const hasSymptoms = symptoms.some((s) => !s.negated);

    // Entities make some intents possible and others unlikely.
    if (nutrients.length && foods.length) add('foodNutrientAmount', 1.5);
    if (foods.length && !nutrients.length) add('nutrientsInFood', 1.2);
    if (nutrients.length) {
      add('foodsForNutrient', 0.3);
      add('nutrientRole', 0.2);
    } else {
      for (const i of ['nutrientRole', 'deficiencySigns', 'whoIsAtRisk'] as const) scale(scores, i, 0.5);
    }
    if (!foods.length) for (const i of NEEDS_FOOD) scale(scores, i, 0.4);
    if (hasSymptoms && !nutrients.length) add('symptomCheck', 1.6);
    if (lifestyleFactors.length && !nutrients.length) add('lifestyle', 1.4);
    if (diet && !foods.length) add('foodsForNutrient', nutrients.length ? 1.5 : 0.2);

    let [intent, score] = best(scores);
    if (
      isFollowUp &&
      context.previousIntent &&
      KNOWLEDGE_QUESTIONS.has(context.previousIntent) &&
      (nutrients.length || foods.length)
    ) {
      // "and calcium?" keeps the previous question's kind unless the message says otherwise.
      if (score < 1.8 || intent === context.previousIntent) {
        intent = adaptToEntities(context.previousIntent, nutrients.length > 0, foods.length > 0);
        score = Math.max(score, 1.6);
      }
    }
    // A question about "it" with no nutrient named and only a weak cue is not one the bot can answer.
    if (NEEDS_NUTRIENT.has(intent) && !nutrients.length && score < 1) score = 0;
    // A bare name ("magnesium", "lentils") asks for the overview of it.
    if (!hasCue && !isFollowUp) score = 0;
    if (score === 0) {
      if (nutrients.length && foods.length) [intent, score] = ['foodNutrientAmount', 1.2];
      else if (nutrients.length) [intent, score] = ['nutrientRole', 1.2];
      else if (foods.length) [intent, score] = ['nutrientsInFood', 1.2];
      else if (hasSymptoms) [intent, score] = ['symptomCheck', 1.2];
      else [intent, score] = ['outOfScope', 1];
    }
    return { ...base, intent, confidence: Math.min(1, score / 2.5) };
  }

  private scoreCues(normal: string): Map<Intent, number> {
    const scores = new Map<Intent, number>();
    for (const { intent, any, cues } of this.cues) {
      if (!any.test(normal)) continue;
      const total = cues.reduce((sum, c) => (c.pattern.test(normal) ? sum + c.weight : sum), 0);
      if (total > 0) scores.set(intent, total);
    }
    return scores;
  }

  /** Mostly letters outside the Latin script, or words of other languages and none of ours. */
  private looksForeign(text: string, analysis: TextAnalysis): boolean {
    if (NON_ASCII.test(text)) {
      const letters = text.match(ANY_LETTER)?.length ?? 0;
      const latin = text.match(LATIN_LETTER)?.length ?? 0;
      if (letters >= 2 && latin / letters < 0.5) return true;
    }
    let foreign = 0;
    for (const word of text.toLowerCase().split(NON_LETTERS)) if (word && this.foreignWords.has(word)) foreign++;
    if (foreign === 0) return false;
    const ours = analysis.tokens.filter((w) => this.commonWords.has(w) && !this.foreignWords.has(w)).length;
    return foreign > ours;
  }
}

function scale(scores: Map<Intent, number>, intent: Intent, factor: number): void {
  const s = scores.get(intent);
  if (s !== undefined) scores.set(intent, s * factor);
}

function best(scores: Map<Intent, number>): [Intent, number] {
  let top: [Intent, number] = ['outOfScope', 0];
  for (const [intent, score] of scores) if (score > top[1]) top = [intent, score];
  return top;
}

/** A follow-up with a food after a nutrient question (or the reverse) asks the matching question kind. */
function adaptToEntities(previous: Intent, hasNutrient: boolean, hasFood: boolean): Intent {
  if (hasFood && !hasNutrient && previous === 'foodsForNutrient') return 'nutrientsInFood';
  if (hasNutrient && !hasFood && NEEDS_FOOD.has(previous)) return 'foodNutrientAmount';
  return previous;
}
