/**
 * A deterministic recogniser, no cloud service: intent cues (regular expressions from intents.json)
 * scored together with the entities found in the message (nutrients, foods, symptoms, lifestyle
 * factors, a diet). Returns the intent, the entities and a confidence between 0 and 1.
 */
import { type Dose, parseDoses } from '../intakes/units';
import type { KnowledgeBase, TextAnalysis } from '../knowledgeBase';
import type { DietTag, Food, Intent, Nutrient, NutrientId } from '../schema';
import { type PeopleContext, readPeople } from './context';
import type { PhraseHit } from '../search/phraseDictionary';
import type { Correction } from '../search/spellCorrector';
import type { QuantityMention } from '../quantities/parseQuantities';
import { WholeWordPhrases } from '../search/wholeWordPhrases';
import { CueScorer } from './cueScorer';
import { WARM_UP_MESSAGES, twoByte } from './warmUp';
import { sentenceOfTokens, stem, tokenize } from '../text';
import { withoutFiguresOfSpeech } from '../triage/warningScreen';

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
  /** The first diet asked for, and every one ("vegan and nut-free"): a food must fit them all. */
  diet?: DietTag;
  diets: DietTag[];
  /** Nutrients named that the bot does not cover ("protein"), to say so plainly. */
  otherNutrients: string[];
  /** Each food named, in order, with the amount said for it ("2 cups of", "half an"), if any. */
  portions: { food: string; quantity?: QuantityMention; labelPercentDV?: LabelPercentDV }[];
  /** Parts of an amount that were not understood: a measure word ("glugs") or a food after one ("zorbleberries"). */
  notUnderstood: string[];
  /** Drinks made from a food that the food table does not have ("oat milk", "cashew milk"): named back. */
  unlistedFoods: string[];
  /** A kind of food a list is asked for ("which nuts", "fruits high in potassium"): foods.json groups. */
  foodGroup?: string;
  /** Coffee drinks made with milk ("a latte"), with no milk named: the milk in them is not counted. */
  milkDrinks?: string[];
  /** The one amount of a message that names no food ("what about a 1/4 cup?"): the previous food's, in a follow-up. */
  amountAlone?: QuantityMention;
  /** Medicine classes named (medicines.json ids), in the order they appear. */
  medicines: string[];
  /** Medicines named that the bot has no interaction facts for ("warfarin"). */
  otherMedicines: string[];
  /** Amounts with a unit ("10,000 IU", "500mg"), in the order they appear. */
  doses: Dose[];
  /** Life stage, age and sex the message gives in passing. */
  context: PeopleContext;
  /** The words that put the message in another subject ("calcium score"), to name them back. */
  offTopic?: string;
  /** A short follow-up such as "and calcium?" that continues the previous question's kind. */
  isFollowUp: boolean;
  /** Spelling corrections the recognised entities rest on, so the answer can say what it assumed. */
  assumed: Correction[];
  analysis: TextAnalysis;
}

/** "cereal fortified with 25% DV b12": the percent of the Daily Value a food's label gives for a nutrient. */
export interface LabelPercentDV {
  nutrient: NutrientId;
  percent: number;
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
/** Intents a plain statement of symptoms outranks. */
const STATEMENT_TAKES_OVER: ReadonlySet<Intent> = new Set([
  'lifestyle',
  'nutrientsInFood',
  'supplements',
  'medicine',
  'dailyNeeds',
  'outOfScope',
]);
/** Words for medicines in general: with a nutrient, a question about its interactions. */
/**
 * A question about what a named person takes or eats ("Does Kate Middleton take vitamin supplements?", "what
 * diet does Tom Brady follow"): someone's private habits, which no answer of ours can know. Read on the text as
 * typed: a name is two or more capitalised words.
 */
const NAMED_PERSON_ASKED =
  /\b(?:[Dd]oes|[Dd]id|[Ww]hat (?:\w+ )?does|[Ww]hat (?:\w+ )?did|[Ww]hich (?:\w+ )?does|[Ii]s it true(?: that)?)\s+((?!(?:My|Your|His|Her|Our|Their|The|This|That|It|Its|Any|Some|Every|A|An)\b)(?:[A-Z][a-z]+|[A-Z]\.)(?:\s(?:[A-Z][a-z]+|[A-Z]\.)){1,3})\s+(?:really |actually |still )?(?:take|takes|took|eat|eats|use|uses|drink|drinks|follow|follows|swear by|swears by|avoid|avoids)\b/;
/** A name of a body or a service, not a person ("What does Public Health England..."): a question for us. */
const ORGANISATION_WORD =
  /\b(?:Health|Service|Services|Institute|Institutes|Association|Society|Council|Agency|Foundation|Organi[sz]ation|Board|College|Department|Clinic|Hospital|Public|Government|Authority|Standards|Trust|University|School|Academy|Centre|Center)\b/;
/**
 * How much exercise is enough ("I walked 12,000 steps today, is that enough exercise?"): a fitness question, ours
 * only when a nutrient, a food or a symptom comes with it.
 */
const EXERCISE_AMOUNT =
  /\b(?:enough (?:exercise|activity|walking|cardio)|(?:steps?|step count) (?:a|per|each|every) day|\d[\d,.]*k? steps\b[^.?!]{0,40}\b(?:enough|good|ok|okay|healthy|too (?:much|little|few)))\b/;
const MEDICINE_WORDS = /\b(medicines?|medications?|meds|drugs?|prescriptions?|prescribed|pills?|tablets?)\b/;
const QUESTION_WORDS =
  /^\s*(what|whats|which|how|hows|why|can|could|does|do|is|are|should|will|would|where|when|who|any|tell me)\b/i;

/** A question rather than a statement: a question mark, or a question word first. */
export function asksSomething(text: string): boolean {
  return /\?\s*$/.test(text.trim()) || QUESTION_WORDS.test(text);
}

/**
 * A sentence after the first that asks something: "... my legs cramp. could it be magnesium?", "... do i need
 * more magnesium while nursing? I'm 33", "... which supplement fixes that". Stricter than the first sentence's
 * rule: "when", "where" and "who" open statements as often as questions ("When I run, my calves cramp").
 */
const QUESTION_SENTENCE =
  /^(what|whats|which|how|why|can(?!['’]?t\b)|could(?!n['’]?t\b)|does(?!n['’]?t\b)|do(?!n['’]?t\b)|is(?!n['’]?t\b)|are(?!n['’]?t\b)|should(?!n['’]?t\b)|will|would(?!n['’]?t\b)|any)\b/i;

/** Whether the message, told as a story, asks a question in any of its sentences. */
export function asksInSomeSentence(text: string): boolean {
  if (asksSomething(text)) return true;
  // "vegan student and tired all the time, what's the cheapest fix": a question after a comma too.
  const sentences = text
    .slice(0, 1000)
    .split(/(?<=[.!?;\n])\s*|\s+-\s+|,\s+(?=(?:so|but|and)\s)|,\s+(?=(?:what|which|how|why)\b)/i);
  return sentences.some(
    (s, i) => i > 0 && (s.includes('?') || QUESTION_SENTENCE.test(s.trim().replace(/^(so|but|and|ok|okay)\s+/i, ''))),
  );
}

export const KNOWLEDGE_QUESTIONS: ReadonlySet<Intent> = new Set([
  'foodsForNutrient',
  'nutrientRole',
  'deficiencySigns',
  'whoIsAtRisk',
  'nutrientsInFood',
  'foodNutrientAmount',
  'supplements',
  'compareFoods',
  'mealTotal',
  'howMany',
  'dailyNeeds',
  'medicine',
]);
const NEEDS_FOOD: ReadonlySet<Intent> = new Set(['nutrientsInFood', 'foodNutrientAmount']);
/** Words allowed between an amount and its food: "2 cups of the cooked spinach", "a banana". */
const BEFORE_FOOD = new Set([
  'of',
  'the',
  'a',
  'an',
  'my',
  'some',
  'fresh',
  'whole',
  'plain',
  'cooked',
  'raw',
  'boiled',
  'steamed',
  'canned',
  'tinned',
  'baked',
  'grilled',
  'roasted',
  'dried',
  'frozen',
  'chopped',
  'sliced',
  // "200g of fat free greek yogurt", "a pint of semi skimmed milk": words that describe the food.
  'fat',
  'free',
  'low',
  'nonfat',
  'reduced',
  'full',
  'semi',
  'skimmed',
  'lean',
]);
/** "fat free", "low sugar", "reduced salt": a nutrient word describing a food, not a nutrient asked about. */
const DESCRIBES_FOOD =
  /\b(?:(?:low|reduced|full|non|half|no|zero|added)[ -]?(?:fat|sugar|salt|sodium|carb)|(?:fat|sugar|salt|sodium)[ -]?free)\b/g;
const LOWERS =
  /\b(lower|lowers|lowering|reduce|reduces|deplete|depletes|drain|drains|block|blocks|affect|affects|cause|causes|flush|flushes|rob|robs)\b/;
/** A condition asked about as a cause or a link: "can diabetes cause cramps", "is it my thyroid". */
const CONDITION_LINK =
  /\b(cause|causes|causing|make|makes|lead to|trigger|triggers|related|linked|link|connected|symptom|symptoms|sign|because of|from my|is it my|could it be)\b/;
/** "best diet for diabetes", "what to eat with gout", "foods to manage PCOS": a diet asked for a condition. */
const CONDITION_DIET =
  /\b(diet|diets|eat|eating|food|foods|meal|meals|meal plan|nutrition)\b( \w+){0,2} (for|with|to (manage|control|reverse|beat|treat|help))\b/;
/** "I sweat a lot, should I worry about potassium?": a cause and a nutrient asked about together. */
const CONCERN = /\b(worry|worried|concern|concerned|lose|losing|lost|replace|replacing|deplete|depleted|low|enough)\b/;
/** A question asked mid-message: "I sweat a lot, should I worry about potassium". */
const ASKS_INSIDE = /\b(should|do|does|can|could|will|is|are|am) (i|it|that|this|they|we)\b/;
const WHY_OR_HOW = /^\s*(why|how|what|can|could|does|do|is|are|will|would|should)\b/;
const PER_AMOUNT = /\b(per|100|grams?|serving|servings|ounce|oz|weight)\b/;
/** "how many bananas", "how much yogurt would I need to eat", "number of eggs needed": counting a food. */
const HOW_MANY =
  /\bhow many\b|\b(cups?|servings?|portions?|slices?|glasses|pieces?|handfuls?|tablespoons?|tbsp|ounces?|oz|grams?) of [a-z ]{2,30} (to|would i need to|do i need to) (hit|reach|get to|get|make|meet|cover)\b|\bhow much (of )?(\w+ ){1,3}(do|would|should|will) i (need|have) to (eat|drink|have)\b|\bnumber of \w+( \w+)? (needed|to|for)\b/;
/** "how much salmon would I need for a day's vitamin D": a food counted to a day's need. */
const HOW_MUCH_FOR_A_DAY =
  /\bhow much (of )?(\w+ ){1,3}(do|would|should|will) i need (to (get|reach|hit|meet)|for (a|my|the|one|your|a whole) ?(day|days|daily|whole))\b|\bhow (many|much) (\w+ ){1,3}(is|are|for|to get|to reach|to hit|to meet|makes?|gives?|would give) (my|a|the|your|one) (daily|days|day|full|whole)\b/;
/** The word after a food that makes it a milk made from it ("oat milk", "cashew mylk"). */
const PLANT_DRINK = /^(milk|milks|mylk|lattes?|cappuccinos?|cortados?|macchiatos?|mochas?)$/;
/** "how much calcium does she actually need": the words asked about, before who needs them. */
const NEED_OF =
  /\bhow much ((?:\w+ ){1,3})(?:do|does|should|would|will) (?:i|you|we|she|he|they|my \w+|a \w+|kids|children|babies|toddlers|adults) (?:\w+ )?(?:need|require)\b/;
/** "..., is that why?", "could that be the cause?": a cause asked about after the symptoms are told. */
const CAUSE_ASKED =
  /\b(why|cause|causes|causing|the reason|to blame|behind it|because of|related|linked|connected|a thing|normal|could (that|it|this) be|is it (the|my|from|because)|(is|was|were) (that|it|this) (from|the|my|because|due to|down to|caused by))\b/;
/** "hungover and my legs are cramping, why": a question without a question mark. */
const ENDS_WITH_WHY = /\bwhy\s*$/;
/** "so I don't get cramps", "so i dont cramp up": a symptom named to be prevented, not denied. */
const PREVENTED =
  /\bso (that )?(i|we|you|he|she|they) (dont|do not|wont|will not) (get|have|end up with|cramp|twitch)\b/;
/** "how do I avoid cramping", "tips to prevent cramps": asked anywhere in the message. */
const PREVENTION =
  /\b(how (do|can|could|should) i|how to|ways to|tips (to|for)|what (can|should) i do to) (avoid|prevent|stop)\b/;
/** What to eat or drink asked for with a symptom and its cause: "what should I have before the game". */
const HELP_ASKED =
  /\bwhat (should|can|could|do) i (have|eat|drink|take|be drinking|be eating) (before|during|after)\b|\bwhat (should|can|could|do) i (drink|be drinking)\b/;
/** Whether something heard is true: "legit or nah", "is that a myth", "does it actually work". */
const CHECK_ASKED =
  /\b(legit|or nah|a myth|true or false|is (that|it|this) (true|right|real)|(does|do) (it|that|they) (really |actually )?work|actually (help|work)s?)\b/;
/** Foods named to be left out of a list: "potassium without bananas, potatoes or beans". */
const SETS_ASIDE =
  /\b(without|except|besides|other than|apart from|no|not|arent|isnt|aint|hate|allergic|avoid|cant|can't)\b/;
/** Giving a drink up ("quit coffee cold turkey"): the drink is a cause told, not a food asked about. */
const QUITS = /\b(quit|quitting|gave up|giving up|stopped|stopping|cut out|cutting out|withdrawal|withdrawals)\b/;
/** A dose asked about against its upper limit. */
/** Whether eating a lot can give too much of a nutrient: "can I get too much magnesium from food?". */
const TOO_MUCH_FROM_FOOD =
  /\b(too much|overdose|overdo it|toxic)\b.*\b(from|through|by|with) (food|foods|my food|my diet|diet|eating)\b|\b(can|could) (i|you|one|we) (get|have|eat|take) too much\b/;
/** Stopping the medicine just talked about: "should I just stop taking it?", "can I come off them?". */
const STOPS_IT =
  /\b(stop|stopping|quit|quitting|come off|coming off|get off|go off|cut out|ditch|drop) (taking |using )?(it|them|this|that|these|those|the tablets|the pills|my meds|the meds)\b/;
/** Coffee drinks made mostly of milk (in the singular, as the analysis keys are). */
const MILK_DRINK = /^(latte|cappuccino|cortado|macchiato)$/;
/** "a chai latte", "a matcha latte": no coffee. */
const NOT_COFFEE = /^(chai|matcha|turmeric|golden|beetroot|hot)$/;
/** Food ids of a milk, dairy or plant. */
const MILK = /milk/;
const ASKS_LIMIT = /\b(limit|limits|upper|count towards|count toward|counts towards|counts toward|too much)\b/;
/** "my iron tablets are making me constipated": a side effect of another nutrient's supplement, not a symptom check. */
const SIDE_EFFECT =
  /\b(tablets?|pills?|supplements?|capsules?|injections?|infusions?) (are |is |have been |has been )?(making|made|giving|gave|causing|caused|upsetting|upset)\b/;
/** A cause told with a symptom: "cramps from creatine", "twitchy since I started pre-workout". */
const TOLD_AS_CAUSE = /\b(from|because of|caused by|due to|since (i )?(started|starting|began|taking))\b/;
const HOW_MUCH_OR_MANY = /\bhow (much|many)\b/;
const AMOUNT_INTENTS: ReadonlySet<Intent> = new Set(['compareFoods', 'mealTotal', 'howMany']);
/** Foods asked for by name: "foods", "snacks", "sources", "what to eat". */
const FOODS_ASKED = /\b(foods?|snacks?|sources?|what (to|should \w+|can \w+) eat)\b/;
/** "is 5000 too much": a dose asked about, even with no unit. */
const TOO_MUCH = /\btoo (much|many)\b/;
/** "tree nuts" are nuts to the diet filters; the cheap test first, as most messages have no "tree". */
const TREE = /tree/i;
const TREE_NUTS = /\btree[ -]?(nuts?)\b/gi;
const GOOD_FOR = /\b(is|are|isnt|arent)\b.*\b(good|great|rich|high|decent|best|source)\b/;
/** "how many mg of B12 in...": an amount question, not how many of a food to eat. */
/** "how many grams of pumpkin seeds for 100mg of magnesium": grams of a food (not of a nutrient) for a dose. */
const GRAMS_OF_FOOD_FOR =
  /\bhow many (grams?|g) of (?!(magnesium|calcium|potassium|vit\w*|b12|mg|mcg)\b)[a-z ]{2,30} (for|to (get|reach|hit|make))\b/;
const HOW_MANY_UNITS = /\bhow many (mg|mgs|mcg|micrograms?|milligrams?|iu|ius|units|grams?|g|calories)\b/;
const NEEDS_NUTRIENT: ReadonlySet<Intent> = new Set(['nutrientRole', 'deficiencySigns', 'whoIsAtRisk']);
/** "which of your nutrients could be low", "what vitamin am I missing", "could it be a deficiency": asked of the symptoms told. */
const WHICH_NUTRIENT =
  /\b(which|what|any) (of (your|these|the|those) )?(\w+ )?(nutrients?|vitamins?|minerals?|supplements?|deficienc(y|ies))\b|\b(could|can|might|is) (it|this|that|they) be (a |an )?(\w+ )?(deficiency|deficient|lacking)\b|\bam i (low|lacking|deficient|missing)\b|\bof (the|your|these) (nutrients|vitamins|minerals)\b.{0,30}\bwhich\b/;
/** Lengths of time, read as "9 months of" but no measure of a food. */
const TIME_WORDS =
  /^(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?|times|decades?)$/;
/** More of a food, asked about: "should I eat more bananas?", "worth having more yoghurt?". */
const EAT_MORE = /\b(?:eat|eating|have|having|drink|drinking) more\b/;
/** "should I eat more bananas", "could he have more spinach": asked about more of something (read only when a food is named). */
const EAT_MORE_OF_FOOD =
  /\b(?:should|shall|do|would|could|can|must)\b[^.;!?]{0,20}\b(?:eat|eating|have|having) more [a-z]+/;
/** Whether a supplement is worth taking: "is magnesium worth taking?", "any point taking b12?". */
const WORTH_TAKING =
  /\b(?:worth|any point(?: in)?|no point(?: in)?|point in|bother|benefit (?:of|from|in)) (?:taking|supplementing|buying|trying|using)\b/;
/** "am I getting enough calcium", "is that enough magnesium", "do I eat enough": the diet asked about. */
const ENOUGH_OF = /\b(getting|get|eating|eat|having|is (that|this|it)|am i) (\w+ )?enough\b/;
/** With no symptom named, a symptom check needs at least this cue ("my legs feel", not just "I have"). */
const SYMPTOM_CHECK_WITHOUT_SYMPTOMS = 1.5;
/** A cue this strong ("what foods have", "how much ... in") makes the message a question of ours. */
const CLEAR_CUE = 2;
const NUMBER = /^\d/;
/** The word before a chemical symbol that ends a message and asks for it as a nutrient: "... for mg". */
const SYMBOL_ASKED = /^for$/;
/** The writer speaks of themselves ("I'm training for a marathon"), not of the news ("who won the football"). */
const FIRST_PERSON = /\b(i|im|ive|id|my|me|mine)\b/;
/** Words around "mg" that make it a unit. */
const UNIT_BEFORE = /^(\d.*|many|much|few|the|in|per)$/;
const UNIT_AFTER = /^(of|per|a|in|each|every|daily|for)$/;
/** Any message's normal form, to compile the patterns that only read one. */
const WARM_UP_NORMAL = 'which nuts have the most magnesium';

interface FoodGroupCue {
  id: string;
  words: ReadonlySet<string>;
  /** Words one of which the pattern needs as a whole word of the message; undefined: always tested. */
  keyWords?: readonly string[];
  pattern: RegExp;
}

export class Recognizer {
  private readonly cues: CueScorer;
  private readonly foreignWords: ReadonlySet<string>;
  private readonly foodGroups: readonly FoodGroupCue[];
  private readonly commonWords: ReadonlySet<string>;
  /** Nutrients the bot does not cover, and medicines it has no facts for, found as whole words. */
  private readonly otherNutrients: WholeWordPhrases;
  private readonly otherMedicines: WholeWordPhrases;
  /** Off-topic words with a space either side, to find whole words in a padded message. */
  private readonly offTopicPhrases: WholeWordPhrases;
  private readonly otherSubjects: WholeWordPhrases;
  private readonly bodyWords: WholeWordPhrases;
  private readonly otherConditions: WholeWordPhrases;
  private readonly symbols: ReadonlySet<string>;
  private readonly symbolBefore: ReadonlySet<string>;
  private readonly symbolAfter: ReadonlySet<string>;
  private readonly symbolNever: ReadonlySet<string>;

  constructor(private readonly kb: KnowledgeBase) {
    const data = kb.data.intentCues;
    this.foodGroups = kb.data.foodGroups.map((g) => {
      const plain = g.words.map((w) => w.replace(/[^a-z ]/g, ''));
      const words = plain.join('|');
      const firstWords = plain.map((w) => w.split(' ')[0]!);
      return {
        id: g.id,
        // Each word of a two-kind form ("nuts or seeds") too: a food named by one of them is the kind asked for.
        words: new Set(g.words.flatMap((w) => w.split(' '))),
        // The pattern holds one of these as a whole word; a blank one could match anywhere.
        keyWords: firstWords.includes('') ? undefined : firstWords,
        // "which nuts", "any fruits", "vegetables high in", "fish with", "high potassium fruits", "magnesium rich
        // breakfast": the word asks for a kind, not a food.
        // Not after "or" or "vs" ("tofu or cheese for calcium"), one of two foods compared, nor after "of" ("a
        // cup of cereal with 30% DV"), an amount of the food.
        pattern: new RegExp(
          `\\b(?:which|what|any|best|good|top|some|richest|other|certain|high|rich) (?:\\w+ )?(${words})\\b|(?<!\\b(?:or|vs|versus|of) )\\b(${words}) (?:that are |that )?(?:high|rich|richest|with|containing|have|has|for)\\b`,
        ),
      };
    });
    this.cues = new CueScorer(data.intents);
    this.foreignWords = new Set(data.otherLanguageWords);
    this.commonWords = new Set([...data.commonWords, ...data.fillerWords]);
    this.otherNutrients = new WholeWordPhrases(data.otherNutrients);
    this.otherMedicines = new WholeWordPhrases(data.otherMedicines);
    this.offTopicPhrases = new WholeWordPhrases(data.offTopicWords);
    this.otherSubjects = new WholeWordPhrases(data.otherSubjects);
    this.bodyWords = new WholeWordPhrases(data.bodyWords);
    this.otherConditions = new WholeWordPhrases(data.otherConditions ?? []);
    this.symbols = new Set(data.symbolContext.symbols);
    this.symbolBefore = new Set(data.symbolContext.before);
    this.symbolAfter = new Set(data.symbolContext.after);
    this.symbolNever = new Set(data.symbolContext.never);
  }

  /**
   * Compiles the patterns that recognition uses (the cues, and those it reaches through the knowledge
   * base) before the first messages reach them (warmUp.ts), a small step at a time so that a server can
   * run it between requests. Each is used twice: the second use compiles it to machine code.
   */
  *warmUpSteps(): Generator<void> {
    for (let pass = 0; pass < 2; pass++) {
      yield* this.cues.warmUpSteps();
      for (const g of this.foodGroups)
        for (const normal of [WARM_UP_NORMAL, twoByte(WARM_UP_NORMAL)]) g.pattern.test(normal);
      for (const message of WARM_UP_MESSAGES) {
        for (const text of [message, twoByte(message)]) {
          this.recognize(text);
          yield;
        }
      }
    }
  }

  /** All of warmUpSteps at once. */
  warmUp(): void {
    for (const _ of this.warmUpSteps());
  }

  recognize(text: string, recognitionContext: RecognitionContext = {}): Recognition {
    const plain = withoutFiguresOfSpeech(text);
    // "allergic to tree nuts", "tree nut allergy": read as nuts, so "tree" stays out of the words the bot knows
    // (it decides what a message is about: "how do I grow a lemon tree").
    const analysis = this.kb.analyze(TREE.test(plain) ? plain.replace(TREE_NUTS, '$1') : plain);
    const nutrientHits = this.nutrientHits(analysis);
    const nutrients = nutrientHits.map((h) => h.item.id);
    const dietHits = this.kb.findDiets(analysis);
    // "no eggs", "nut allergy": a food named inside a diet phrase is the diet, not a food asked about.
    // "which nuts", "fruits high in potassium": a kind of food asked for, not the food "nuts" itself.
    const normal = analysis.corrected.join(' ');
    const group = this.foodGroupAsked(normal);
    const { foodHits, unlistedFoods } = this.withoutUnlistedMilks(
      analysis,
      this.kb
        .findFoods(analysis, { everyMention: true })
        .filter((f) => !dietHits.some((d) => f.start < d.end && d.start < f.end))
        .filter((f) => !group || !f.phrase.split(' ').every((w) => group.words.has(w))),
    );
    // Unless a food named holds the word ("mixed nuts", "bran cereal").
    const foodGroup =
      group && !foodHits.some((h) => h.phrase.split(' ').some((w) => group.words.has(w))) ? group.id : undefined;
    const foods = foodHits.map((h) => h.item.id);
    // "2 eggs, toast and a latte": a coffee made with milk, when no milk is named with it.
    const milkDrinks = foodHits.some((h) => MILK.test(h.item.id))
      ? []
      : [
          ...new Set(
            analysis.keys.filter(
              (k, i) =>
                (MILK_DRINK.test(k) && !NOT_COFFEE.test(analysis.keys[i - 1] ?? '')) ||
                (k === 'white' && analysis.keys[i - 1] === 'flat'),
            ),
          ),
        ].map((k) => (k === 'white' ? 'flat white' : k));
    const amounts = this.amounts(analysis.text, analysis, foodHits);
    const symptomHits = this.kb.matchSymptoms(analysis);
    // "how do I prepare so I don't get cramps?": a symptom named to be prevented is what the question is about.
    const prevented = symptomHits.some((h) => h.negated) && PREVENTED.test(normal);
    const symptoms = symptomHits.map((h) => ({
      id: h.symptom.id,
      label: h.symptom.label,
      negated: h.negated && !prevented,
    }));
    const lifestyleHits = this.kb.findLifestyleFactors(analysis);
    const lifestyleFactors = lifestyleHits.map((h) => h.item.id);
    const diets = dietHits.map((h) => h.item);
    const diet = diets[0];
    const isFollowUp =
      (FOLLOW_UP.test(normal) && analysis.corrected.length <= 6) ||
      (analysis.corrected.length <= 8 &&
        !foods.length &&
        !nutrientHits.length &&
        ((recognitionContext.previousIntent === 'compareFoods' && PER_AMOUNT.test(normal)) ||
          (recognitionContext.previousIntent === 'foodsForNutrient' && dietHits.length > 0)));
    const otherNutrients = this.otherNutrients
      .allIn(analysis.tokens)
      .filter((n, _, found) => !found.some((longer) => longer !== n && longer.includes(n)))
      // "epsom salt" names magnesium, not salt.
      .filter((n) => !nutrientHits.some((h) => ` ${h.phrase} `.includes(` ${n} `)))
      .filter((n, _, found) => !describesFood(normal, n, found.length));
    const medicineHits = this.kb.findMedicines(analysis);
    const medicines = medicineHits.map((h) => h.item.id);
    const otherMedicines = this.otherMedicines.allIn(analysis.tokens).map((m) => m.trim());
    const doses = parseDoses(text.slice(0, 500));
    const context = readPeople(text);
    // Most messages have no correction: nothing to gather then.
    const assumed = analysis.corrections.length
      ? assumedCorrections(
          analysis,
          [...nutrientHits, ...foodHits, ...lifestyleHits, ...medicineHits],
          symptomHits.map((h) => h.phrase),
        )
      : [];
    // Put together with Object.assign, in this key order: spreads in an object literal take V8's slow path.
    const base: Entities = Object.assign(
      {
        nutrients,
        foods,
        symptoms,
        lifestyleFactors,
        diet,
        diets,
        otherNutrients,
        portions: withLabelFigures(analysis.keys, foodHits, nutrientHits, amounts.portions),
        notUnderstood: amounts.notUnderstood,
        unlistedFoods,
      },
      foodGroup ? { foodGroup } : {},
      amounts.amountAlone ? { amountAlone: amounts.amountAlone } : {},
      milkDrinks.length ? { milkDrinks } : {},
      { medicines, otherMedicines, doses, context, isFollowUp, assumed, analysis },
    );

    if (this.looksForeign(text, analysis)) return recognition(base, 'otherLanguage', 0.8);
    // "banana bread recipe", "calcium deposits on the kettle": a domain word in another subject is no
    // question for us. Not when the person tells a symptom: "cramp while descaling the kettle" is theirs.
    // Most messages name no other subject: only then are the sentences that ask read apart.
    const sentences =
      this.offTopic(analysis.tokens) || this.otherSubjects.foundIn(analysis.tokens)
        ? this.askingSentences(analysis)
        : undefined;
    const asked = sentences ? this.askedTokens(analysis, sentences) : analysis.tokens;
    const named = NAMED_PERSON_ASKED.exec(text);
    if (named && !ORGANISATION_WORD.test(named[1]!)) return recognition(base, 'outOfScope', 0.8, named[1]!);
    if (EXERCISE_AMOUNT.test(normal) && !nutrients.length && !foods.length && !symptoms.some((s) => !s.negated))
      return recognition(base, 'outOfScope', 0.8, 'how much exercise is enough');
    const offTopic = this.offTopic(asked);
    if (offTopic && (!symptoms.some((s) => !s.negated) || !this.inSomeonesBody(analysis.tokens, offTopic)))
      return recognition(base, 'outOfScope', 0.8, offTopic);
    // "what vitamins does my labrador need": named back in the decline.
    const otherSubject = this.otherSubjects.firstIn(asked);
    if (otherSubject) return recognition(base, 'outOfScope', 0.8, otherSubject);
    if (analysis.tokens.length === 0) return recognition(base, 'empty', 1);

    const scores =
      (asked !== analysis.tokens && sentences && this.askedScores(analysis, sentences)) || this.cues.score(normal);
    // "how do I grow a lemon tree indoors", "magnesium alloy for bike frames": a food or nutrient among
    // words about something else, with no clear question of ours, is no question for us. A medicine of ours
    // named with it ("magnesium wiv my doxy (acne) tabs") is a question for us.
    if (
      !symptoms.some((s) => !s.negated) &&
      !lifestyleFactors.length &&
      !medicines.length &&
      (foods.length || nutrients.length) &&
      Math.max(0, ...scores.values()) < CLEAR_CUE &&
      this.aboutSomethingElse(analysis, nutrients.length > 0, sentences ?? this.askingSentences(analysis))
    )
      return recognition(base, 'outOfScope', 0.7);
    // A medicine named with a nutrient ("bumex and potassium") asks about the two together.
    const forSomeone =
      Boolean(context.person?.ageMonths !== undefined || context.person?.group) ||
      context.lifeStages.includes('pregnant') ||
      context.lifeStages.includes('breastfeeding');
    // "Lower", "interact" or "drain" with no medicine in sight ("does drink drain magnesium") ask nothing
    // about medicines.
    if (!medicines.length && !otherMedicines.length && !MEDICINE_WORDS.test(normal)) scores.delete('medicine');
    // "eye twitching from too much coffee, what helps": "too much" inside a cause told asks nothing about doses.
    if (
      !nutrients.length &&
      lifestyleHits.some((h) => h.phrase.startsWith('too much')) &&
      !SUPPLEMENT_WORDS.test(normal)
    )
      scores.delete('supplements');
    // The amount intents' cues ("or", "had", "is that") are weak alone: they count only if they survive below.
    let hasCue =
      [...scores.keys()].some((i) => !AMOUNT_INTENTS.has(i)) ||
      diet !== undefined ||
      (foodGroup !== undefined && nutrients.length > 0) ||
      medicines.length > 0 ||
      otherMedicines.length > 0 ||
      (forSomeone && nutrients.length > 0);
    const add = (intent: Intent, points: number) => scores.set(intent, (scores.get(intent) ?? 0) + points);
    const hasSymptoms = symptoms.some((s) => !s.negated);

    // "5 coffees a day and my eyelid twitches, is it magnesium or the coffee?": a drink told as the cause
    // (inside a lifestyle phrase, or the cause's own word) with symptoms is not asked about as a food,
    // unless an amount is asked for ("how much magnesium in coffee").
    const foodAsCause =
      (hasSymptoms || QUITS.test(normal)) &&
      foodHits.some((f) => lifestyleHits.some((l) => f.start < l.end && l.start < f.end)) &&
      (scores.get('foodNutrientAmount') ?? 0) < CLEAR_CUE &&
      !HOW_MUCH_OR_MANY.test(normal);
    // Entities make some intents possible and others unlikely.
    if (foodAsCause) {
      if (nutrients.length) add('lifestyle', 2.2);
    } else if (nutrients.length && foods.length) add('foodNutrientAmount', 1.5);
    // With a medicine told, the medicine's answer says what it lowers first (the dialog's own route).
    const eatMoreAsked =
      foods.length > 0 && !nutrients.length && !medicines.length && !foodAsCause && EAT_MORE_OF_FOOD.test(normal);
    if (foods.length && !nutrients.length && !foodAsCause) {
      add('nutrientsInFood', 1.2);
      // "should I eat more bananas?", "is it worth eating more spinach?": what the food named gives, not the
      // foods for a nutrient nobody named.
      // The "eat more" that says so is no cue for foods to eat: "should he eat more bananas for his cramps?"
      // asks about bananas.
      if (eatMoreAsked) {
        add('nutrientsInFood', 1.5);
        scale(scores, 'foodsForNutrient', 0.5);
        scale(scores, 'symptomCheck', 0.4);
      } else if (EAT_MORE.test(normal)) add('nutrientsInFood', 1.5);
    }
    if (nutrients.length) {
      add('foodsForNutrient', 0.3);
      add('nutrientRole', 0.2);
      // "is magnesium actually worth taking for recovery?", "any point taking vitamin D?": whether a supplement
      // is worth it. Read here rather than as a cue, so that "worth" is no word of ours ("season 2 worth a
      // rewatch?" stays another subject).
      if (WORTH_TAKING.test(normal)) {
        add('supplements', 1.6);
        hasCue = true;
      }
    } else {
      for (const i of ['nutrientRole', 'deficiencySigns', 'whoIsAtRisk'] as const) scale(scores, i, 0.5);
    }
    if (!foods.length) for (const i of NEEDS_FOOD) scale(scores, i, 0.4);
    // "I have a question" is no symptom check: without a symptom named, only a clear cue starts one.
    if (!hasSymptoms && (scores.get('symptomCheck') ?? 0) < SYMPTOM_CHECK_WITHOUT_SYMPTOMS)
      scores.delete('symptomCheck');
    if (hasSymptoms && !nutrients.length) add('symptomCheck', 1.6);
    if (lifestyleFactors.length && !nutrients.length) add('lifestyle', 1.4);
    // "does alcohol lower magnesium?", "can coffee cause low potassium?": a lifestyle question about a nutrient.
    else if (lifestyleFactors.length && LOWERS.test(normal)) add('lifestyle', 2.2);
    else if (
      lifestyleFactors.length &&
      !hasSymptoms &&
      // "2 bananas and coconut water after my run, enough to replace what I sweated?": a meal to total.
      foods.length < 2 &&
      (asksSomething(text) || ASKS_INSIDE.test(normal)) &&
      CONCERN.test(normal)
    )
      add('lifestyle', 3);
    // "why do I get cramps after a night of drinking?", "marathon on sunday, how do I avoid cramping?": a
    // question about the cause named, not a request for a symptom check (its "why do I get" cue included).
    // "5-a-side, cramp every second half, what should I have before the game", "take magnesium for stress
    // twitches, legit or nah": what to eat or drink, or a check of what was heard, asked for.
    const causeQuestion =
      lifestyleFactors.length > 0 &&
      hasSymptoms &&
      (((asksSomething(text) || ENDS_WITH_WHY.test(normal)) && (WHY_OR_HOW.test(normal) || CAUSE_ASKED.test(normal))) ||
        // "I vape a lot, could that be why my muscles twitch": the cause asked about mid-sentence.
        (ASKS_INSIDE.test(normal) && CAUSE_ASKED.test(normal)) ||
        PREVENTION.test(normal) ||
        HELP_ASKED.test(normal) ||
        CHECK_ASKED.test(normal));
    if (causeQuestion) {
      add('lifestyle', 1.2);
      scale(scores, 'symptomCheck', 0.4);
      // "worse when I haven't slept, is that a thing?": the question is the cue.
      hasCue = true;
    }
    // "how do I stop a leg cramp?", "got a cramp while swimming, what do I do?": what helps with the symptom
    // named. Not about a nutrient or a food ("does magnesium help cramps?"), nor a cause named (above).
    // "does cold weather give you cramps?", "can wearing heels cause calf cramps?": a cause the sources don't list,
    // asked about a symptom named after it. What helps with the symptom, said with the usual causes, not a check.
    // A symptom, and no cause, nutrient, food or medicine beside it.
    const onlySymptomsNamed =
      hasSymptoms && !lifestyleFactors.length && !nutrients.length && !foods.length && !medicines.length;
    if (
      onlySymptomsNamed &&
      !otherMedicines.length &&
      !otherNutrients.length &&
      diet === undefined &&
      asksUnlistedCause(
        analysis.corrected,
        symptomHits.filter((h) => !h.negated).map((h) => h.first ?? -1),
      )
    ) {
      add('selfCare', 2.5);
      scale(scores, 'symptomCheck', 0.4);
      hasCue = true;
    }
    // "what usually causes muscle twitching?", "what are the common causes of cramps?": the causes in general,
    // asked with nobody in it ("what causes my twitching?" is about the person: a check).
    if (onlySymptomsNamed && GENERAL_CAUSES.test(normal) && !FIRST_PERSON_WORDS.test(normal)) {
      add('lifestyle', 2.5);
      scale(scores, 'symptomCheck', 0.4);
      hasCue = true;
    }
    // "fasting tomorrow, how do I get ready so I don't get cramps?": with a cause told too (said after what helps),
    // unless the cause itself is asked about (below).
    if (prevented) add('selfCare', 2.5);
    const selfCare = scores.get('selfCare') ?? 0;
    // A drink told as the cause ("twitch after energy drinks, what do I do") is no food asked about.
    if (!hasSymptoms || nutrients.length || (foods.length && !foodAsCause) || causeQuestion) scores.delete('selfCare');
    else if (selfCare >= 1.5) scale(scores, 'symptomCheck', 0.4);
    // "ok but per 100 grams?" after a comparison, "any vegan ones?" after a food list: the same question again.
    if (!foods.length && !nutrients.length && analysis.tokens.length <= 8 && recognitionContext.previousIntent) {
      if (recognitionContext.previousIntent === 'compareFoods' && PER_AMOUNT.test(normal)) add('compareFoods', 2.5);
      if (diets.length && recognitionContext.previousIntent === 'foodsForNutrient') add('foodsForNutrient', 1.5);
    }
    if (diet && !foods.length) add('foodsForNutrient', nutrients.length ? 1.5 : 0.2);
    if (foodGroup && !foods.length && nutrients.length) add('foodsForNutrient', 1.5);
    // Two foods or more: a comparison when asked as one, a meal when amounts or a meal word go with them.
    const withAmounts = amounts.portions.filter((p) => p.quantity).length;
    // "good calcium foods that aren't milk or cheese", "potassium snacks other than bananas": foods asked
    // for, with the named ones left out of the list.
    if (foods.length && nutrients.length && FOODS_ASKED.test(normal) && SETS_ASIDE.test(normal))
      add('foodsForNutrient', 2);
    if (foods.length >= 2) {
      const compare = scores.get('compareFoods') ?? 0;
      if (compare >= 1.6) add('compareFoods', 1);
      // "banana or avocado for potassium": two foods joined by "or", with no amounts, ask which is better; not
      // when they are set aside ("calcium foods that aren't milk or cheese").
      else if (compare > 0 && !withAmounts && !SETS_ASIDE.test(normal)) add('compareFoods', 1.4);
      if (withAmounts) add('mealTotal', 1.5);
      // "burrito bowl: black beans, brown rice, avocado and salsa", "lunchbox: cheese stick, yoghurt, apple":
      // three foods or more, not asked as a comparison, are a meal to total.
      else if (foods.length >= 3 && compare < 1.6 && !SETS_ASIDE.test(normal)) add('mealTotal', 1.6);
      // "coffee, croissant, ham sandwich, pasta: am I short on magnesium?": the foods answer it, not a risk list.
      if (withAmounts || foods.length >= 3) scale(scores, 'whoIsAtRisk', 0.4);
      if (withAmounts || (scores.get('mealTotal') ?? 0) >= 1) {
        scale(scores, 'foodNutrientAmount', 0.5);
        scale(scores, 'nutrientsInFood', 0.5);
      }
    } else {
      // One food or none: no meal and nothing to compare (unless it follows a comparison).
      if (withAmounts) scale(scores, 'mealTotal', 0.6);
      else scores.delete('mealTotal');
      if (recognitionContext.previousIntent !== 'compareFoods') scores.delete('compareFoods');
    }
    // "how much salmon do I need for 600 IU of vitamin D", "how many ounces of pepitas give 400 mg": a food
    // counted to the amount stated.
    if (doses.length && foods.length === 1 && HOW_MANY.test(normal)) add('howMany', 2.5);
    const forADay = foods.length === 1 && nutrients.length > 0 && HOW_MUCH_FOR_A_DAY.test(normal);
    if (forADay) add('howMany', 1.5);
    const howMany = scores.get('howMany') ?? 0;
    if (howMany && !forADay && !HOW_MANY.test(normal)) scores.delete('howMany');
    else if (
      howMany &&
      ((HOW_MANY_UNITS.test(normal) && !(doses.length && GRAMS_OF_FOOD_FOR.test(normal))) || !foods.length)
    )
      scale(scores, 'howMany', 0.3);
    else if (howMany >= 1.8) {
      // "how much yogurt would I need to eat for calcium": counting that food, not a list of others.
      scale(scores, 'foodNutrientAmount', 0.4);
      if (foods.length === 1) scale(scores, 'foodsForNutrient', 0.4);
    }
    if (!hasCue && [...AMOUNT_INTENTS].some((i) => scores.has(i))) hasCue = true;
    // "is dark chocolate a good source of magnesium?", "are sardines good for calcium?": about that food.
    if (foods.length === 1 && nutrients.length && GOOD_FOR.test(normal)) scale(scores, 'foodsForNutrient', 0.3);
    // A medicine named is what the message is about ("omeprazole and magnesium?"); one the bot has no
    // facts for is named back honestly ("does warfarin interact with magnesium").
    // With symptoms told ("on omeprazole for years and my calves cramp"), the symptom check comes first;
    // its opening says what the medicine does.
    if (medicines.length) add('medicine', hasSymptoms ? 1 : 3);
    else if (otherMedicines.length) add('medicine', 1.8);
    // Medicine words with no medicine named: a question about a nutrient and medicines ("does magnesium
    // interact with any medicines?"), or too little to go on.
    else if (!nutrients.length) scale(scores, 'medicine', 0.3);
    // "my 2 year old refuses milk, how much calcium does she need?": the need is asked of the nutrient, and
    // the food is only context.
    const needOfNutrient = NEED_OF.exec(normal);
    const askedOfNutrient =
      needOfNutrient !== null &&
      nutrientHits.some((h) => needOfNutrient[1]!.includes(h.phrase)) &&
      !foodHits.some((h) => needOfNutrient[1]!.includes(h.phrase));
    if (askedOfNutrient) add('dailyNeeds', 2);
    else if (foods.length) scale(scores, 'dailyNeeds', 0.4);
    // A nutrient asked about for someone ("16yo boy potassium per day", "b12 when pregnant", "for kids?"):
    // how much they need.
    // "magnesium foods for kids who refuse veg", "b12 sources while pregnant": foods asked for them, not the need.
    if (forSomeone && nutrients.length && !foods.length && !doses.length && !medicines.length)
      add(FOODS_ASKED.test(normal) && (scores.get('dailyNeeds') ?? 0) < 1 ? 'foodsForNutrient' : 'dailyNeeds', 1.5);
    // "eating one meal a day, is that enough magnesium?", "am I getting enough calcium?": whether the diet
    // supplies it, answered with the foods and the person's need, not a supplement caution ("a day" is no dose).
    if (nutrients.length && !doses.length && !foods.length && !medicines.length && ENOUGH_OF.test(normal))
      add('foodsForNutrient', 1.5);
    // "I take 500mg magnesium citrate": a dose of a nutrient is a question about that dose.
    if (doses.length && nutrients.length && !foods.length && !medicines.length) add('supplements', 1.2);
    // "I take 500mg magnesium oxide and eat tons of nuts, do the nuts count towards the limit?": the dose
    // against its limit, with the foods beside it.
    else if (doses.length && nutrients.length && !medicines.length && ASKS_LIMIT.test(normal)) add('supplements', 2.5);
    // "I eat tons of spinach and nuts, can I get too much magnesium from food?": whether food can pass the upper
    // limit (the answer says what the limit counts), not the foods totalled.
    else if (
      nutrients.length &&
      !doses.length &&
      !medicines.length &&
      // "tons of spinach" is no amount to total.
      !amounts.portions.some((p) => p.quantity?.value !== undefined && !p.quantity.article) &&
      TOO_MUCH_FROM_FOOD.test(normal)
    ) {
      add('supplements', 3);
      scores.delete('mealTotal');
    }
    // Age, sex or pregnancy told on its own ("I'm a 29 year old woman") is kept for later answers.
    if (context.person && !nutrients.length && !foods.length && !hasSymptoms && !medicines.length && scores.size === 0)
      add('personalDetails', 1.5);

    // "my legs cramp every night after football, could it be magnesium?", "arm twitching, breastfeeding. do I
    // need more magnesium?": a story that asks about something named (a nutrient, a food, a medicine, a dose,
    // which nutrient it could be) wants that answered first; the answer offers the symptom check as a next
    // step. The warning screen has read the message before any of this.
    const whichNutrient = !nutrients.length && WHICH_NUTRIENT.test(normal);
    const storyQuestion =
      hasSymptoms &&
      !causeQuestion &&
      (nutrients.length > 0 ||
        foods.length > 0 ||
        medicines.length > 0 ||
        doses.length > 0 ||
        diets.length > 0 ||
        whichNutrient) &&
      asksInSomeSentence(text);
    if (storyQuestion) {
      scale(scores, 'symptomCheck', 0.4);
      scores.delete('selfCare');
      // The cause told is the story's context (the answer says what it does); the food or nutrient is asked.
      if (nutrients.length || foods.length) scale(scores, 'lifestyle', 0.5);
      // "which of your nutrients could be low?", "vegan and always tired, what's the cheapest fix?": the
      // nutrients those symptoms may point to, with what the diet means for them.
      if (whichNutrient || (!nutrients.length && !foods.length && !medicines.length && !doses.length))
        add('deficiencySigns', 2);
      // "which mineral would a doctor check first?": the nutrient is asked, the doctor only names who checks.
      if (whichNutrient) scale(scores, 'seeDoctor', 0.4);
    }
    // "walking 20k steps a day and my calves are knotted": "a day" alone is no supplement question.
    const supplementCue = scores.get('supplements');
    if (
      supplementCue !== undefined &&
      supplementCue < 2 &&
      !nutrients.length &&
      !doses.length &&
      !TOO_MUCH.test(normal)
    )
      scores.delete('supplements');
    let [intent, score] = best(scores);
    // "vegan 3 years, never taken b12, should I worry?": a worry about a nutrient or a diet, with no symptom
    // told, asks who runs low (or what to watch on that diet), not when to see a doctor.
    if (
      intent === 'seeDoctor' &&
      diet &&
      !hasSymptoms &&
      !lifestyleFactors.length &&
      !medicines.length &&
      !doses.length
    )
      intent = nutrients.length ? 'whoIsAtRisk' : 'foodsForNutrient';
    // "does creatine cause cramps?", "iron deficiency symptoms?": a question about a nutrient the bot does
    // not cover is declined by name, not taken as a symptom check or answered for one of the five.
    // Symptoms told with it ("calf cramps on my bike - salt tabs?") are still the person's to check.
    if (
      otherNutrients.length &&
      !nutrients.length &&
      !foods.length &&
      !medicines.length &&
      // "do I need electrolytes for a half marathon": about the cause, which speaks of them.
      !lifestyleFactors.length &&
      // "any tips for cramps, i take protein shakes": what helps with the symptom is asked (unless the other
      // supplement is told as its cause: "my iron tablets are making me constipated, what should i do").
      ((scores.get('selfCare') ?? 0) < 1.5 || SIDE_EFFECT.test(normal) || TOLD_AS_CAUSE.test(normal)) &&
      (hasSymptoms ? QUESTION_WORDS.test(text) || SIDE_EFFECT.test(normal) : asksSomething(text))
    )
      [intent, score] = ['outOfScope', Math.max(score, 2)];
    // "can diabetes cause cramps?", "does thyroid cause twitching?": a question about a condition the bot does
    // not cover is declined by name; told as the person's own ("I'm diabetic and my legs cramp"), it is not.
    // "best diet for type 2 diabetes?": a diet for a condition the bot does not cover is declined by name too.
    const condition =
      !nutrients.length &&
      !medicines.length &&
      ((QUESTION_WORDS.test(text) && CONDITION_LINK.test(normal)) || (!foods.length && CONDITION_DIET.test(normal)))
        ? this.otherConditions.firstIn(analysis.tokens)
        : undefined;
    if (condition) return { ...base, offTopic: condition, intent: 'outOfScope', confidence: 0.8 };
    // Someone telling their symptoms with context ("eye twitch 4 days, 5 coffees a day") wants them looked
    // at, not a card about coffee: a statement that names a symptom starts the check.
    const otherSupplement = otherNutrients.length > 0 && intent === 'outOfScope' && SIDE_EFFECT.test(normal);
    if (
      hasSymptoms &&
      !nutrients.length &&
      STATEMENT_TAKES_OVER.has(intent) &&
      !asksSomething(text) &&
      !storyQuestion &&
      !causeQuestion &&
      !otherSupplement &&
      !eatMoreAsked
    )
      [intent, score] = ['symptomCheck', Math.max(score, 1.6)];
    const previous = recognitionContext.previousIntent;
    // "does nexium affect these nutrients?" then "should I just stop taking it?": still about that medicine.
    if (previous === 'medicine' && STOPS_IT.test(normal) && !foods.length && !nutrients.length && !hasSymptoms) {
      [intent, score] = ['medicine', Math.max(score, 1.6)];
      hasCue = true;
    }
    // "how much magnesium in almonds?" then "what about a 1/4 cup?": the same question, in that amount.
    if (
      isFollowUp &&
      (previous === 'foodNutrientAmount' || previous === 'nutrientsInFood') &&
      amounts.amountAlone &&
      !foods.length &&
      !hasSymptoms
    )
      [intent, score] = [previous, Math.max(score, 1.6)];
    if (isFollowUp && previous && KNOWLEDGE_QUESTIONS.has(previous) && (nutrients.length || foods.length)) {
      // "and calcium?" keeps the previous question's kind unless the message says otherwise.
      if (score < 1.8 || intent === previous) {
        intent = adaptToEntities(previous, nutrients.length > 0, foods.length > 0);
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
      // "eye twitching for a week, drinking more wine": symptoms told with a food are still a symptom check.
      else if (foods.length && !(hasSymptoms && !asksSomething(text))) [intent, score] = ['nutrientsInFood', 1.2];
      else if (hasSymptoms) [intent, score] = ['symptomCheck', 1.2];
      // "I'm training for my first marathon": a cause told on its own gets what it does to muscles.
      else if (lifestyleFactors.length && FIRST_PERSON.test(normal) && !this.aboutSomethingElse(analysis, false))
        [intent, score] = ['lifestyle', 1.2];
      else [intent, score] = ['outOfScope', 1];
    }
    // "and for kids?", "and my dad? he's 78" after a daily-needs question: the same question for them.
    if (previous === 'dailyNeeds' && context.person && !foods.length && !hasSymptoms && (isFollowUp || !hasCue))
      [intent, score] = ['dailyNeeds', Math.max(score, 2)];
    // "calcium?" after "I'm 52, female": how much of it she needs.
    if (previous === 'personalDetails' && nutrients.length && !foods.length && !hasCue)
      [intent, score] = ['dailyNeeds', 2];
    // A medicine that changes a nutrient named with it ("on spironolactone, more bananas or potassium
    // pills?") makes the medicine the answer, whatever else is asked; with symptoms told, when it asks ("on
    // ramipril, can I take potassium for my cramps?").
    if (
      medicines.length &&
      (!hasSymptoms || asksSomething(text)) &&
      medicines.some((id) => this.kb.medicine(id)?.effects.some((e) => nutrients.includes(e.nutrient)))
    )
      [intent, score] = ['medicine', Math.max(score, 2.2)];
    return recognition(base, intent, Math.min(1, score / 2.5));
  }

  /** The kind of food a list is asked for ("which nuts"), if any. */
  private foodGroupAsked(normal: string): { id: string; words: ReadonlySet<string> } | undefined {
    // Each pattern needs one of its group's words as a whole word: the others are not run.
    const words = new Set(normal.split(/\W+/));
    return this.foodGroups.find((g) => (!g.keyWords || g.keyWords.some((w) => words.has(w))) && g.pattern.test(normal));
  }

  /**
   * "oat milk", "cashew milk": a drink made from a food is neither that food nor cow's milk. Food names the
   * table has ("almond milk", "chocolate milk") are one phrase and stay; the others are taken out and named.
   */
  private withoutUnlistedMilks(
    analysis: TextAnalysis,
    hits: PhraseHit<Food>[],
  ): { foodHits: PhraseHit<Food>[]; unlistedFoods: string[] } {
    const unlistedFoods: string[] = [];
    const dropped = new Set<PhraseHit<Food>>();
    for (const hit of hits) {
      const next = analysis.tokens[hit.end];
      if (!next || !PLANT_DRINK.test(next) || PLANT_DRINK.test(analysis.tokens[hit.end - 1] ?? '')) continue;
      dropped.add(hit);
      for (const h of hits) if (h.start === hit.end) dropped.add(h);
      unlistedFoods.push(analysis.tokens.slice(hit.start, hit.end + 1).join(' '));
    }
    // "tofu dinner: half cup calcium set tofu", "burger night: 3 oz beef patty": a food named in a heading and
    // again after it is counted where the amount is, after the heading.
    const heading = HEADING.exec(analysis.text.slice(0, 60));
    const headingEnd = heading ? tokenize(heading[1]!).length : 0;
    for (const hit of hits)
      if (hit.end <= headingEnd && hits.some((h) => h.item === hit.item && h.start >= headingEnd)) dropped.add(hit);
    // "tofu stir fry with half a cup of calcium-set tofu": a food named first with no amount, and again with
    // one, is counted where its amount is.
    const kept = hits.filter((h) => !dropped.has(h));
    if (kept.some((h, n) => kept.findIndex((k) => k.item === h.item) !== n)) {
      const foodStarts = new Set(kept.map((h) => h.start));
      const foodTokens = new Set(kept.flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + k)));
      const amountEnds = new Set(this.kb.quantities.parse(analysis.text, { foodStarts, foodTokens }).map((m) => m.end));
      const measured = (h: PhraseHit<Food>) => amountEnds.has(h.start);
      for (const h of kept)
        if (!measured(h) && kept.some((k) => k.item === h.item && k.start > h.start && measured(k))) dropped.add(h);
    }
    // Each food once, at its first mention that is not set aside.
    const seen = new Set<Food>();
    const foodHits = hits.filter((h) => !dropped.has(h) && (seen.has(h.item) ? false : (seen.add(h.item), true)));
    return { foodHits, unlistedFoods };
  }

  /** The amounts said in a message, tied to the food each comes before (or right after: "oatmeal (1 cup)"). */
  private amounts(
    text: string,
    analysis: TextAnalysis,
    foodHits: readonly PhraseHit<{ id: string }>[],
  ): Pick<Recognition, 'portions' | 'notUnderstood' | 'amountAlone'> {
    const foodStarts = new Set(foodHits.map((h) => h.start));
    const foodTokens = new Set<number>();
    for (const h of foodHits) for (let k = h.start; k < h.end; k++) foodTokens.add(k);
    const mentions = this.kb.quantities.parse(text, { foodStarts, foodTokens });
    const used = new Set<QuantityMention>();
    const portions = foodHits.map((hit, n) => {
      let i = hit.start;
      while (i > 0 && BEFORE_FOOD.has(analysis.tokens[i - 1]!) && !mentions.some((m) => m.end === i)) i--;
      // "per 100g: dark chocolate or almonds": an amount after "per" is the basis asked for, no food's amount
      // ("per 100g of pepitas" is still one).
      let quantity =
        mentions.find(
          (m) =>
            m.end === i &&
            !used.has(m) &&
            (analysis.tokens[m.start - 1] !== 'per' || m.text.endsWith(' of') || analysis.tokens[m.end - 1] === 'of'),
        ) ?? this.beforePercent(analysis, mentions, i, used);
      // "a can of tuna (3oz, in water)": a weight said right after the food is more exact than a count before.
      const before = quantity;
      if (!quantity || (quantity.unit?.kind !== 'mass' && quantity.unit?.kind !== 'volume')) {
        // "oatmeal (1 cup), an ounce of almonds": an amount right after a food, when no other food follows it.
        const next = foodHits[n + 1];
        quantity = mentions.find(
          (m) =>
            startsAfter(analysis.tokens, hit.end, m.start) &&
            !used.has(m) &&
            (m.unit || m.unknownUnit) &&
            // "a baked potato, a cup of plain yoghurt": an amount ending in "of" measures what follows it.
            !m.text.endsWith(' of') &&
            !(
              next &&
              (next.start === m.end || (BEFORE_FOOD.has(analysis.tokens[m.end] ?? '') && next.start === m.end + 1))
            ),
        );
        // "a tuna sandwich (a whole can)": a measure after the food is more exact than "a" alone before it.
        if (before && quantity?.unit?.kind !== 'mass' && !(before.article && !before.unit && quantity?.unit))
          quantity = before;
        else if (before) used.add(before);
      }
      if (quantity) used.add(quantity);
      return { food: hit.item.id, ...(quantity ? { quantity } : {}) };
    });
    // "a spoon of cod liver oil every morning, how much vit D in one tablespoon": the amount asked at the end
    // ("in one tablespoon", "per 100 g") is for the one food named, when it has no amount understood of its own.
    const only = portions.length === 1 ? portions[0]! : undefined;
    if (only && (!only.quantity || only.quantity.unknownUnit)) {
      const last = analysis.tokens.length;
      const asked = mentions.find(
        (m) =>
          !used.has(m) &&
          m.unit !== undefined &&
          m.unit.kind !== 'dose' &&
          ASKED_IN.has(analysis.tokens[m.start - 1] ?? '') &&
          m.end >= last - 1,
      );
      if (asked) {
        portions[0] = { food: only.food, quantity: asked };
        used.add(asked);
        if (only.quantity) used.add(only.quantity);
      }
    }
    // "trail mix: 1oz almonds, 1oz cashews, ...", "lentil soup – 1 cup lentils and a tomato in it", "my trail
    // mix is 1 oz almonds, ...": a food named before a colon, a dash or "is", with no amount, and the foods
    // after it with theirs, is the name of the mix, not one more food.
    const heading = HEADING.exec(text.slice(0, 60));
    if (
      heading &&
      portions.length > 2 &&
      !portions[0]!.quantity &&
      foodHits[0]!.end <= tokenize(heading[1]!).length &&
      portions.slice(1).every((p) => p.quantity)
    )
      portions.shift();
    // "porridge made with 50g oats and 200ml milk": a dish with no amount, made of foods with theirs, is those.
    const dishes = new Set(
      foodHits
        .filter((h) => MADE_WITH.has(`${analysis.tokens[h.end] ?? ''} ${analysis.tokens[h.end + 1] ?? ''}`))
        .map((h) => h.item.id),
    );
    // "a bowl of lentil soup (about 1 cup lentils) and a baked potato": a dish with no amount, and in the
    // brackets right after it a food with its amount, is that food.
    for (const m of text.matchAll(/\(([^()]{1,60})\)/g)) {
      const open = tokenize(text.slice(0, m.index)).length;
      const close = open + tokenize(m[1]!).length;
      const dish = foodHits.findIndex((h) => h.end === open);
      if (
        dish >= 0 &&
        !portions.some((p) => p.food === foodHits[dish]!.item.id && p.quantity) &&
        foodHits.some(
          (h, k) =>
            k !== dish && h.start >= open && h.end <= close && portions.some((p) => p.food === h.item.id && p.quantity),
        )
      )
        dishes.add(foodHits[dish]!.item.id);
    }
    const kept =
      dishes.size && portions.some((p) => !dishes.has(p.food) && p.quantity)
        ? portions.filter((p) => !dishes.has(p.food) || p.quantity)
        : portions;
    const notUnderstood: string[] = [];
    for (const m of mentions) {
      // A dose ("10,000 IU") is read apart (parseDoses): it is no part of a food's amount.
      if (used.has(m) || m.unit?.kind === 'dose') continue;
      // "fatigue for 9 months. of the vitamins...": a length of time, not an amount of anything.
      if (m.unknownUnit && TIME_WORDS.test(m.unknownUnit)) continue;
      if (m.unknownUnit) {
        // "3 smidgens of zorbleberries": the measure word, and the food after it when it is not one we know.
        notUnderstood.push(m.unknownUnit);
        const next = analysis.tokens[m.end];
        if (next && !foodStarts.has(m.end)) notUnderstood.push(next);
      } else if (m.unit && m.value !== undefined && !m.article) {
        // "2 cups of zorbleberries": an amount of something that is not in the food table.
        const next = analysis.tokens[m.end];
        if (next && /^[a-z]{3,}$/.test(next) && !foodStarts.has(m.end) && !this.commonWords.has(next))
          notUnderstood.push(next);
      }
    }
    // "what about a 1/4 cup?": one measured amount and no food, for the food of the question before.
    const measured = foodHits.length
      ? []
      : mentions.filter((m) => m.unit && m.unit.kind !== 'dose' && m.value !== undefined && !notUnderstood.length);
    return { portions: kept, notUnderstood, ...(measured.length === 1 ? { amountAlone: measured[0] } : {}) };
  }

  /**
   * "100g of 70-85% dark chocolate", "a cup of 2% milk", "3 oz 85% lean beef": the amount before a percentage
   * that describes the food (read as one or two numbers).
   */
  private beforePercent(
    analysis: TextAnalysis,
    mentions: readonly QuantityMention[],
    foodStart: number,
    used: ReadonlySet<QuantityMention>,
  ): QuantityMention | undefined {
    const { tokens } = analysis;
    // "3 oz 85% lean beef": words that describe the food may come between the percentage and the food.
    let k = foodStart;
    while (k > 0 && foodStart - k < 2 && BEFORE_FOOD.has(tokens[k - 1]!) && !NUMBER.test(tokens[k - 1]!)) k--;
    let j = k;
    while (j > 0 && k - j < 2 && NUMBER.test(tokens[j - 1]!)) j--;
    if (j === k) return undefined;
    while (j > 0 && BEFORE_FOOD.has(tokens[j - 1]!) && !mentions.some((m) => m.end === j)) j--;
    return mentions.find((m) => m.end === j && m.unit && m.unit.kind !== 'dose' && !used.has(m));
  }

  /**
   * The nutrients named. A chemical symbol counts only in a nutrient's context ("low k", "k levels",
   * "foods with k", "ca and mg"; never "5 k", "vitamin k" or "CA" for California), and "mg", also a
   * unit, only when no other nutrient is named.
   */
  private nutrientHits(analysis: TextAnalysis): PhraseHit<Nutrient>[] {
    const { keys } = analysis;
    const all = this.kb.findNutrients(analysis, { everyMention: true });
    const inContext = (h: PhraseHit<Nutrient>) => {
      const previous = keys[h.start - 1] ?? '';
      if (NUMBER.test(previous) || this.symbolNever.has(previous)) return false;
      const before = [previous, `${keys[h.start - 2]} ${previous}`];
      const after = [1, 2, 3].map((n) => keys.slice(h.end, h.end + n).join(' '));
      // "pumpkin seeds vs chia seeds for mg", "best nuts for k": the last word, asked for (never "ca": "flights
      // for CA").
      // "almonds v cashews mg": or right after a food named.
      const last =
        h.end === keys.length &&
        h.phrase !== 'ca' &&
        (SYMBOL_ASKED.test(previous) || this.kb.findFoods(analysis).some((f) => f.end === h.start));
      return last || before.some((w) => this.symbolBefore.has(w)) || after.some((w) => this.symbolAfter.has(w));
    };
    const sure = all.filter((h) => !this.symbols.has(h.phrase) || inContext(h));
    // A symbol listed with another nutrient ("ca and mg") is one too.
    const listed = (h: PhraseHit<Nutrient>) =>
      sure.some(
        (o) =>
          (o.start === h.end + 1 && /^(and|or)$/.test(keys[h.end]!)) ||
          (o.end === h.start - 1 && /^(and|or)$/.test(keys[o.end]!)),
      );
    const hits = all.filter((h) => sure.includes(h) || (!NUMBER.test(keys[h.start - 1] ?? '') && listed(h)));
    // "how many mg of potassium": with another nutrient named, "mg" used as a unit is no nutrient.
    const named = hits.filter((h) => h.phrase !== 'mg');
    const asUnit = (h: PhraseHit<Nutrient>) =>
      UNIT_BEFORE.test(keys[h.start - 1] ?? '') || UNIT_AFTER.test(keys[h.end] ?? '');
    const kept = named.length ? hits.filter((h) => h.phrase !== 'mg' || !asUnit(h)) : hits;
    // One hit per nutrient, after the unit "mg" is set aside ("250 mg magnesium glycinate").
    return kept.filter((h, i) => kept.findIndex((o) => o.item === h.item) === i);
  }

  /**
   * Most of the message's words are outside everything the bot's data talks about. A nutrient named asks
   * for more of them, since people ask about supplements in words the data doesn't hold ("glycinate").
   */
  private aboutSomethingElse(analysis: TextAnalysis, namesNutrient: boolean, inSentences?: Sentences): boolean {
    const { vocabulary } = this.kb;
    // With several sentences, the ones that ask are read: "dancing till 3 at my cousin's wedding... would a
    // banana sort me out?" asks about the banana, whatever the story before it is about.
    const read = (i: number) => !inSentences?.asks || inSentences.asking.has(inSentences.of[i]!);
    const words = analysis.corrected.filter((w, i) => read(i) && w.length >= 3 && !NUMBER.test(w));
    const unrelated = analysis.corrected.filter(
      (w, i) =>
        read(i) && w.length >= 3 && !NUMBER.test(w) && !vocabulary.has(w) && !vocabulary.has(analysis.keys[i] ?? w),
    ).length;
    return namesNutrient
      ? unrelated >= 4 && unrelated / words.length >= 0.5
      : unrelated >= 3 && unrelated / words.length >= 0.4;
  }

  /**
   * The words of the sentences that name a nutrient or food: "my cat fainted at the vet but she's fine now!
   * how much potassium do I need?" asks about the writer, whatever the first sentence is about. The whole
   * message when the question carries someone back in with a pronoun ("my dog is lethargic. how much
   * potassium does he need?").
   */
  private askedTokens(analysis: TextAnalysis, sentences: Sentences): readonly string[] {
    const asked = analysis.tokens.filter((_, i) => sentences.asking.has(sentences.of[i]!));
    return asked.some((t) => THIRD_PERSON.has(t)) ? analysis.tokens : asked;
  }

  /**
   * The intent cues of the sentences that ask, when a message of several sentences names another subject,
   * asks in some of them and they hold a clear cue: "the vet found our labrador's potassium was low. which
   * foods are highest in potassium?" asks for foods, whatever "was low" in the story would say. Undefined
   * otherwise: elsewhere the other sentences hold what is asked about (a meal, a dose).
   */
  private askedScores(analysis: TextAnalysis, sentences: Sentences): Map<Intent, number> | undefined {
    if (!sentences.asks || sentences.asking.size === new Set(sentences.of).size) return undefined;
    const asked = analysis.corrected.filter((_, i) => sentences.asking.has(sentences.of[i]!)).join(' ');
    const scores = this.cues.score(asked);
    return Math.max(0, ...scores.values()) >= CLEAR_CUE ? scores : undefined;
  }

  /**
   * Of the sentences that name a nutrient or food, the ones that ask (a question word in them), or all of
   * them when none does: "the cows went down with milk fever, the vet gave her calcium. Made me think, how
   * much calcium do I need?" asks in the second. Undefined for a message of one sentence or with no names.
   */
  private askingSentences(analysis: TextAnalysis): Sentences | undefined {
    // Every mention, a name said twice counted twice: each sentence's names are what is looked for.
    const hits = [
      ...this.kb.findNutrients(analysis, { everyMention: true }),
      ...this.kb.findFoods(analysis, { everyMention: true }),
    ];
    if (!hits.length) return undefined;
    const of = sentenceOfTokens(analysis.text);
    if (!of.length) return undefined;
    const named = new Set(hits.map((h) => of[h.start]!));
    const asking = new Set([...named].filter((n) => analysis.tokens.some((t, i) => of[i] === n && ASKING.has(t))));
    return { of, asking: asking.size ? asking : named, asks: asking.size > 0 };
  }

  /**
   * Whether the words outside the off-topic phrase put a symptom in a body or a life ("cramp in my hand
   * when I play guitar", "I get twitchy when I descale the kettle"); "my chest freezer" does not.
   */
  private inSomeonesBody(tokens: readonly string[], offTopic: string): boolean {
    const phrase = offTopic.split(' ');
    const rest = tokens.filter((t) => !phrase.includes(t));
    return this.bodyWords.foundIn(rest);
  }

  /** The first off-topic word or phrase in the message, if any. */
  private offTopic(tokens: readonly string[]): string | undefined {
    return this.offTopicPhrases.firstIn(tokens);
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

/** Words that carry someone named earlier into a later sentence. */
/** A message's sentence of each token, and the sentences read as the question. */
interface Sentences {
  of: readonly number[];
  asking: ReadonlySet<number>;
  /** Whether a sentence that names something asks (else `asking` holds every sentence that names something). */
  asks: boolean;
}

/** Words that make a sentence a question, wherever they stand in it ("made me think, how much ... do I need"). */
const ASKING = new Set(
  'how what whats which why where when can could should would will does do did is are any anything worth ok okay safe enough true help'.split(
    ' ',
  ),
);

const THIRD_PERSON = new Set(['he', 'she', 'it', 'him', 'her', 'they', 'them', 'his', 'its', 'their', 'hes', 'shes']);

/** Words between a food and its weight: "sardines in oil (about 90g)", "tuna in water, 3oz". */
/** "porridge made with ...", "a smoothie made from ...": the words after a dish that list what is in it. */
const MADE_WITH = new Set(['made with', 'made from', 'made of', 'cooked with', 'cooked in', 'blended with']);
/** The words after a number that make it a percent of the Daily Value: "25% DV", "25% of the daily value". */
function dvWordsAt(keys: readonly string[], i: number): boolean {
  const at = (k: number) => keys[i + k] ?? '';
  const j = at(0) === 'percent' ? 1 : 0;
  if (at(j) === 'dv' || at(j) === 'rdi' || (at(j) === 'daily' && at(j + 1) === 'value')) return true;
  return (
    at(j) === 'of' &&
    (at(j + 1) === 'dv' || ((at(j + 1) === 'the' || at(j + 1) === 'your') && /^(dv|daily|rdi)$/.test(at(j + 2))))
  );
}

/**
 * "a bowl of cereal fortified with 25% DV b12", "cereal (30% of the daily value of vitamin D)": the label's
 * percent said right after a food, for the nutrient named with it (or the one nutrient the message names).
 */
function withLabelFigures(
  keys: readonly string[],
  foodHits: readonly PhraseHit<Food>[],
  nutrientHits: readonly PhraseHit<Nutrient>[],
  portions: Recognition['portions'],
): Recognition['portions'] {
  const named = [...new Set(nutrientHits.map((h) => h.item.id))];
  return portions.map((p) => {
    const hit = foodHits.find((h) => h.item.id === p.food);
    if (!hit) return p;
    const next = foodHits.find((h) => h.start >= hit.end)?.start ?? keys.length;
    for (let i = hit.end; i < Math.min(next, hit.end + 8); i++) {
      if (!/^\d{1,3}$/.test(keys[i]!) || !dvWordsAt(keys, i + 1)) continue;
      const percent = Number(keys[i]);
      const near = nutrientHits.find((h) => h.start > i && h.start <= i + 6);
      const nutrient = near?.item.id ?? (named.length === 1 ? named[0] : undefined);
      if (!nutrient || percent <= 0 || percent > 1000) return p;
      return { ...p, labelPercentDV: { nutrient, percent } };
    }
    return p;
  });
}

/**
 * The words before a colon, a dash or "is" + an amount that open a message: "trail mix: ...", "brekkie: ...",
 * "lentil soup – 1 cup ...", "my trail mix is 1 oz ...".
 */
const HEADING = /^\s*([^:.,!?–—]{1,40}?)(?:\s*:|\s*[–—]|\s+-\s|\s+(?:is|was|has)\s+(?=\d|a |an |one |two |half ))/i;
const AFTER_FOOD = new Set([
  // "a tuna sandwich (a whole can)": the amount after the dish is the food's.
  'sandwich',
  'salad',
  'wrap',
  'in',
  'oil',
  'water',
  'brine',
  'about',
  'around',
  'roughly',
  'approx',
  'approximately',
]);

/** Whether a nutrient word is only ever a description of a food in the message ("fat free", "low sugar"). */
function describesFood(normal: string, word: string, found: number): boolean {
  if (!found || !/^(fat|sugar|salt|sodium|carbs?)$/.test(word)) return false;
  return !normal.replace(DESCRIBES_FOOD, ' ').split(' ').includes(word);
}

/** Words before an amount asked about: "in one tablespoon", "per 100 g", "for a cup". */
const ASKED_IN: ReadonlySet<string> = new Set(['in', 'per', 'for']);

/** The amount at `start` comes right after the food ending at `foodEnd`, or after a few such words. */
function startsAfter(tokens: readonly string[], foodEnd: number, start: number): boolean {
  if (start < foodEnd || start - foodEnd > 3) return false;
  for (let k = foodEnd; k < start; k++) if (!AFTER_FOOD.has(tokens[k]!)) return false;
  return true;
}

type Entities = Omit<Recognition, 'intent' | 'confidence' | 'offTopic'>;

/**
 * The entities with the intent added, in place: copying them ({ ...base, intent }) went through V8's slow
 * path for an object of twenty keys built with spreads, about 12 µs a message.
 */
function recognition(base: Entities, intent: Intent, confidence: number, offTopic?: string): Recognition {
  return Object.assign(base, offTopic === undefined ? { intent, confidence } : { offTopic, intent, confidence });
}

/** The corrections inside a recognised entity: the words an answer rests on. */
function assumedCorrections(
  analysis: TextAnalysis,
  hits: readonly { start: number; end: number }[],
  symptomPhrases: readonly string[],
): Correction[] {
  if (!analysis.corrections.length) return [];
  const symptomStems = new Set(
    symptomPhrases.flatMap((p) =>
      p
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .map(stem),
    ),
  );
  const assumed = new Map<string, Correction>();
  analysis.tokens.forEach((from, i) => {
    const to = analysis.corrected[i]!;
    if (from === to) return;
    if (hits.some((h) => i >= h.start && i < h.end) || symptomStems.has(stem(to))) assumed.set(from, { from, to });
  });
  return [...assumed.values()];
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

/** "what usually causes twitching", "what are the main causes of cramps": the causes of a symptom asked in general. */
const GENERAL_CAUSES =
  /^\s*(?:(?:so|and|but|ok|okay|hi|hey|quick question),? )?(?:what|wat|wot) (?:(?:usually|commonly|normally|typically|generally|often|actually|mainly|mostly|even|really) )?(?:causes|cause|can cause|could cause|might cause|triggers|brings on|sets off|is the (?:usual |common |main )?cause of|are (?:the )?(?:(?:most )?(?:common|usual|main|typical|possible|likely) )?(?:causes|triggers|reasons for)(?: of)?)\b/;
/** The person themselves or someone they look after in the message: a question about them, not in general. */
const FIRST_PERSON_WORDS =
  /\b(?:i|i'?m|im|i'?ve|ive|me|my|mine|myself|we|our|us|he|she|his|her|him|they|their|son|daughter|baby|child|kid|husband|wife|partner|mum|mom|dad)\b/;
/** "does cold weather give you cramps", "can wearing heels cause calf cramps": whether something causes a symptom. */
export const ASKS_CAUSE =
  /^\s*(?:does|do|can|could|will|would|might|may)(?: \w+){1,5} (?:make|makes|cause|causes|trigger|triggers|give|gives|bring on|brings on|lead to|leads to|set off|sets off)\b/;

/** Whether a message asks if something causes a symptom named after the verb (not "do cramps make you tired"). */
export function asksUnlistedCause(words: readonly string[], symptomStarts: readonly number[]): boolean {
  const m = ASKS_CAUSE.exec(words.join(' '));
  if (!m) return false;
  const verbAt = m[0].trim().split(' ').length - 1;
  return symptomStarts.some((first) => first > verbAt) && !symptomStarts.some((first) => first >= 0 && first < verbAt);
}

/** Words of a supplement or a dose: "pills", "take", "mg". */
const SUPPLEMENT_WORDS = /\b(supplements?|pills?|tablets?|capsules?|doses?|dosage|take|taking|mg|mcg|iu)\b/;
