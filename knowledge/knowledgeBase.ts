/**
 * The knowledge base as the rest of the bot sees it: validated data plus indexes built once, and pure
 * look-ups over them. Nothing here imports botbuilder, so it is tested and benchmarked on its own.
 */
import type { KnowledgeData } from './loadKnowledge';
import { loadKnowledgeData } from './loadKnowledge';
import type { IntakeTable } from './intakes/intakeSchema';
import { type Medicine, medicineNames } from './medicines/medicineSchema';
import type { DietTag, Food, FoodGroup, LifestyleFactor, Nutrient, NutrientId, Source } from './schema';
import { PhraseDictionary, type PhraseHit } from './search/phraseDictionary';
import { englishWords } from './search/englishWords';
import { type Correction, SpellCorrector } from './search/spellCorrector';
import { type SymptomHit, SymptomMatcher } from './search/symptomMatcher';
import { clauseOfTokens, namesIn, singular, tokenize, withCorrections } from './text';
import type { LabFinding } from './triage/labValues';
import {
  type Warning,
  WarningScreen,
  byUrgency,
  normalizeForScreen,
  withoutFiguresOfSpeech,
} from './triage/warningScreen';
import { ADULT_MONTHS, compareDose } from './intakes/dailyNeeds';
import { parseDoses } from './intakes/units';
import { readPerson } from './understanding/context';
import { DietFilters } from './foods/dietFilter';
import { PortionReader } from './quantities/foodAmounts';
import { QuantityParser } from './quantities/parseQuantities';

/** A message broken into words, with typos corrected against the knowledge base's vocabulary. */
export interface TextAnalysis {
  text: string;
  tokens: string[];
  corrected: string[];
  /** corrected words in singular form: what the dictionaries compare. */
  keys: string[];
  /** Each word read as another, in message order, so an answer can say what it assumed. */
  corrections: Correction[];
  /** Unknown words with two or three equally likely readings, left as typed: worth asking about. */
  unclear: { word: string; options: string[] }[];
  /** Per token, the clause it is in (clauses end at punctuation), so a negation stays in its clause; empty for one clause. */
  clauses: number[];
}

export interface FoodAmount {
  food: Food;
  nutrient: Nutrient;
  amount: number;
  /** Percent of the Daily Value in one serving, rounded. */
  percentDV: number;
}

export interface DocumentFood {
  /** As the source document names it ("sweet potatoes", "legumes"). */
  name: string;
  /** The matching food with its figures, when the food table has it. */
  figures?: FoodAmount;
}

export interface RichInOptions {
  diet?: DietTag;
  /** Several diets at once: a food must fit each. */
  diets?: readonly DietTag[];
  /** Only foods of this kind ("which nuts"). */
  group?: FoodGroup;
  limit?: number;
}

/** Whether a food is of a kind asked for: its category, and the ingredients the kind needs or leaves out. */
export function inFoodGroup(food: Food, group: FoodGroup): boolean {
  return (
    group.categories.includes(food.category) &&
    (!group.containsAny || group.containsAny.some((i) => food.contains.includes(i))) &&
    !(group.excludes ?? []).some((i) => food.contains.includes(i)) &&
    (!group.nameHas || group.nameHas.some((w) => food.name.toLowerCase().includes(w))) &&
    (!group.foodIds || group.foodIds.includes(food.id))
  );
}

export class KnowledgeBase {
  private readonly nutrientNames = new PhraseDictionary<Nutrient>();
  private readonly foodNames = new PhraseDictionary<Food>();
  private readonly lifestyleNames = new PhraseDictionary<LifestyleFactor>();
  private readonly dietNames = new PhraseDictionary<DietTag>();
  private readonly medicineNames = new PhraseDictionary<Medicine>();
  private readonly speller: SpellCorrector;
  private readonly symptomMatcher: SymptomMatcher;
  private readonly warningScreen: WarningScreen;
  private readonly foodsById: ReadonlyMap<string, Food>;
  readonly diets: DietFilters;
  /** Amounts in a message ("2 cups", "half an"), and their grams for a food (SR28 household weights). */
  readonly quantities: QuantityParser;
  readonly portions: PortionReader;
  /** Per nutrient, every food with data for it, richest serving first (everyday foods first when close). */
  private readonly rankedFoods: ReadonlyMap<NutrientId, readonly FoodAmount[]>;

  /** Every word the bot's data and cues use: what a message about nutrition and muscles is made of. */
  readonly vocabulary: ReadonlySet<string>;

  constructor(readonly data: KnowledgeData) {
    for (const n of data.nutrients.values()) {
      [n.name, n.id, ...n.aliases, n.deficiency.name, ...n.deficiency.aliases].forEach((a) =>
        this.nutrientNames.add(a, n),
      );
    }
    for (const f of data.foods) [f.name, ...f.aliases].forEach((a) => this.foodNames.add(a, f));
    for (const l of data.guidance.lifestyleFactors)
      [l.name, ...l.aliases].forEach((a) => this.lifestyleNames.add(a, l));
    for (const d of data.intentCues.dietPhrases) d.phrases.forEach((p) => this.dietNames.add(p, d.diet));
    for (const m of data.medicines) medicineNames(m).forEach((name) => this.medicineNames.add(name, m));

    const dictionaries = [this.nutrientNames, this.foodNames, this.lifestyleNames, this.dietNames];
    // Medicines' own names ("omeprazole", "lasix", "statin") are spelling targets; the everyday words of
    // their phrases ("thyroid tablet", "h2 blockers") are known as typed but never suggested, or
    // "tabletop" would read as "tablet".
    const medicineNameList = data.medicines.flatMap(medicineNames).map((n) => n.toLowerCase());
    const medicineWords = medicineNameList.filter((n) => !n.includes(' '));
    const medicinePhraseWords = medicineNameList.filter((n) => n.includes(' ')).flatMap((n) => tokenize(n));
    const domainWords = [
      ...dictionaries.flatMap((dict) => [...dict.phrases()].flatMap((p) => p.split(' '))),
      ...medicineWords,
    ];
    const symptomWords = data.symptoms.flatMap((s) => [s.label, ...s.phrases]).flatMap((p) => tokenize(p));
    // Warning signs' words ("chest", "breathe", "numb") are spelling targets too, so "chesst pian" is screened
    // as "chest pain"; they are not added to the vocabulary that decides what the bot knows about.
    const warningWords = data.triage.signs
      .flatMap((s) => [s.label, ...(s.checklist?.synonyms ?? [])])
      .flatMap((p) => tokenize(p))
      .filter((w) => w.length >= 4);
    const cues = data.intentCues;
    const cueWords = cues.intents.flatMap((i) =>
      i.cues.flatMap((c) => c.pattern.toLowerCase().match(/[a-z]{3,}/g) ?? []),
    );
    this.vocabulary = new Set([
      ...domainWords,
      ...medicinePhraseWords,
      ...symptomWords,
      ...cueWords,
      ...cues.commonWords,
      ...cues.fillerWords,
      ...cues.negations,
    ]);
    this.screenWords = new Set([...warningWords, ...symptomWords]);
    const nutrientWords = new Set([...this.nutrientNames.phrases()].flatMap((p) => p.split(' ')));
    this.foodWords = new Set(
      [...this.foodNames.phrases()].flatMap((p) => p.split(' ')).filter((w) => !nutrientWords.has(w)),
    );
    this.speller = new SpellCorrector(
      [...domainWords, ...symptomWords, ...warningWords],
      [...cues.commonWords, ...cues.fillerWords, ...cues.negations, ...cues.otherLanguageWords, ...medicinePhraseWords],
      {
        // The word lists are read at the first word the vocabulary does not know, not at start-up.
        isEnglish: (word) => englishWords().has(word),
        misspellings: new Map(Object.entries(cues.misspellings)),
      },
    );
    this.symptomMatcher = new SymptomMatcher(data.symptoms, cues.fillerWords, cues.negations);
    this.warningScreen = new WarningScreen(data.triage);
    this.foodsById = new Map(data.foods.map((f) => [f.id, f]));
    this.diets = new DietFilters(data.diets);
    this.quantities = new QuantityParser(data.units);
    this.portions = new PortionReader(data.units.units);
    const weight = (f: Food) => data.commonness.weights[f.commonness];
    this.rankedFoods = new Map(
      [...data.nutrients.values()].map((n) => [
        n.id,
        data.foods
          .filter((f) => f.perServing[n.id] !== undefined)
          .map((f) => this.amountOf(f, n))
          // Amount times commonness: a rare food ranks first only when it carries clearly more.
          .sort(
            (a, b) =>
              b.amount * weight(b.food) - a.amount * weight(a.food) ||
              b.amount - a.amount ||
              a.food.name.localeCompare(b.food.name),
          ),
      ]),
    );
  }

  // --- Reading a message -------------------------------------------------------------------------

  /** A word of the bot's vocabulary or an ordinary English word (lower case, as a message's words are). */
  isKnownWord(word: string): boolean {
    return this.vocabulary.has(word) || this.vocabulary.has(singular(word)) || englishWords().has(word);
  }

  analyze(text: string): TextAnalysis {
    // A turn reads its message several times (recognition, the warning screen, context).
    if (this.lastAnalysis?.text === text) return this.lastAnalysis;
    this.lastAnalysis = this.analyzeOnce(text);
    return this.lastAnalysis;
  }

  private lastAnalysis?: TextAnalysis;
  /** Words a spelling correction must land on for the warning screen to read the message again. */
  private readonly screenWords: ReadonlySet<string>;
  /** Words of the foods' names (not the nutrients'): a name in a message is never corrected into one. */
  private readonly foodWords: ReadonlySet<string>;

  private analyzeOnce(text: string): TextAnalysis {
    const tokens = tokenize(text);
    const corrections: Correction[] = [];
    const unclear: TextAnalysis['unclear'] = [];
    // Capitalised mid-sentence: most likely a name, never read as a food ("with Kate from work" is no kale).
    const names = /[A-Z]/.test(text) ? namesIn(text) : undefined;
    const corrected = tokens.map((word) => {
      if (this.speller.isKnown(singular(word))) return word;
      const read = this.speller.read(word);
      const reading = names?.has(word) && read.to && this.foodWords.has(read.to) ? {} : read;
      if (reading.to) corrections.push({ from: word, to: reading.to });
      else if (reading.options) unclear.push({ word, options: reading.options });
      return reading.to ?? word;
    });
    const clauses = clauseOfTokens(text);
    return { text, tokens, corrected, keys: corrected.map(singular), corrections, unclear, clauses };
  }

  /** The nutrients named, once each; everyMention: every mention, for a caller that sets some aside. */
  findNutrients(analysis: TextAnalysis, options: { everyMention?: boolean } = {}): PhraseHit<Nutrient>[] {
    const hits = this.nutrientNames.findAll(analysis.keys);
    return options.everyMention ? hits : uniqueItems(hits);
  }

  /** The foods named, once each; everyMention: every mention, for a caller that sets some aside. */
  findFoods(analysis: TextAnalysis, options: { everyMention?: boolean } = {}): PhraseHit<Food>[] {
    // "a stir fry": the dish, never a portion of fries.
    const hits = this.foodNames
      .findAll(analysis.keys)
      .filter((h) => !(h.phrase === 'fry' && analysis.keys[h.start - 1] === 'stir'));
    return options.everyMention ? hits : uniqueItems(hits);
  }

  findLifestyleFactors(analysis: TextAnalysis): PhraseHit<LifestyleFactor>[] {
    // "my calf cramps mid-sleep", "twitches in my sleep": the word "sleep" alone after these tells when, not
    // that sleep is poor.
    const hits = this.lifestyleNames
      .findAll(analysis.keys)
      .filter((h) => h.phrase !== 'sleep' || !WHEN_ASLEEP.test(analysis.keys.slice(0, h.start).join(' ')))
      // "cramps after drinking lots of coffee": the drink named after "drinking" is no alcohol.
      // "barely drinks milk", "hardly drink coffee": a drink other than water named after it is no dehydration.
      .filter(
        (h) =>
          h.item.id !== 'dehydration' ||
          !/\bdrink$/.test(h.phrase) ||
          !NOT_WATER.test(analysis.keys.slice(h.end, h.end + 3).join(' ')),
      )
      .filter(
        (h) =>
          h.item.id !== 'alcohol' ||
          !/\bdrink(?:ing|s)?$/.test(h.phrase) ||
          !NOT_ALCOHOL.test(analysis.keys.slice(h.end, h.end + 4).join(' ')),
      );
    return uniqueItems(hits);
  }

  /** Medicines named, by class, with the name used ("omeprazole", "water pills"). */
  findMedicines(analysis: TextAnalysis): PhraseHit<Medicine>[] {
    return uniqueItems(this.medicineNames.findAll(analysis.keys));
  }

  /**
   * A nutrient's notes for the diets asked for (lactose-free gets the dairy-free ones), leaving out a note
   * that recommends a food another of them excludes: no tofu for a vegan with a soy allergy.
   */
  dietNotes(id: NutrientId, diets: readonly DietTag[]): Nutrient['dietNotes'] {
    const excluded = this.diets.excludedIngredients(diets);
    return this.nutrient(id).dietNotes.filter(
      (d) =>
        (diets.includes(d.diet) || (d.diet === 'dairy-free' && diets.includes('lactose-free'))) &&
        !(d.recommends ?? []).some((i) => excluded.has(i)),
    );
  }

  findDiet(analysis: TextAnalysis): DietTag | undefined {
    return this.findDiets(analysis)[0]?.item;
  }

  /** Every diet a message asks for ("vegan and nut-free"), in order, each once. */
  findDiets(analysis: TextAnalysis): PhraseHit<DietTag>[] {
    return uniqueItems(this.dietNames.findAll(analysis.keys));
  }

  matchSymptoms(analysis: TextAnalysis): SymptomHit[] {
    return this.symptomMatcher.match(analysis.corrected, analysis.clauses);
  }

  /** Warning signs and out-of-range blood results in a message, most urgent first. */
  screenRedFlags(text: string): Warning[] {
    const all = this.screenedRedFlags(text);
    return all.some((w) => w.id === 'overdose') && this.oneDoseWithinLimit(text)
      ? all.filter((w) => w.id !== 'overdose')
      : all;
  }

  /**
   * "Took a whole magnesium tablet by mistake instead of my usual half, so 250 mg": one stated amount of one of
   * the five nutrients, at or below the adult upper limit, is no overdose. Never for a child, a count of
   * tablets, a dose taken twice, a nutrient without an upper limit, or with a medicine named.
   */
  private oneDoseWithinLimit(text: string): boolean {
    const normal = normalizeForScreen(text);
    if (SEVERAL_OR_A_CHILD.test(normal)) return false;
    const person = readPerson(normal);
    if (person && (person.ageMonths === undefined ? person.group !== 'adults' : person.ageMonths < ADULT_MONTHS))
      return false;
    const analysis = this.analyze(text);
    const nutrients = new Set(this.findNutrients(analysis).map((h) => h.item.id));
    if (nutrients.size !== 1 || this.findMedicines(analysis).length || OTHER_MEDICINE.test(normal)) return false;
    if (this.data.intentCues.otherMedicines.some((m) => analysis.tokens.includes(m))) return false;
    const [id] = nutrients;
    const doses = parseDoses(text);
    return (
      doses.length > 0 &&
      doses.every((dose) => {
        const compared = compareDose(this.intakes(id!), dose);
        return compared?.limit !== undefined && compared.amount <= compared.limit.value;
      })
    );
  }

  private screenedRedFlags(text: string): Warning[] {
    const warnings = this.warningScreen.screen(text);
    // A misspelt sign ("chesst pian", "cant breth") is screened again as spelling correction reads it, with
    // the figures of speech left out first, as the recogniser reads it: a correction inside one ("a
    // faint-hearted cook" read as "faint-heart") must not bring back what the screen set aside.
    const plain = withoutFiguresOfSpeech(text);
    const analysis = this.analyze(plain);
    // Only a correction to a warning or symptom word can change what the screen finds.
    if (!analysis.corrections.some((c) => this.screenWords.has(c.to))) return warnings;
    const seen = new Set(warnings.map((w) => w.id));
    const corrected = withCorrections(plain, new Map(analysis.corrections.map((c) => [c.from, c.to])));
    const more = this.warningScreen.screen(corrected).filter((w) => !seen.has(w.id));
    return more.length ? [...warnings, ...more].sort(byUrgency) : warnings;
  }

  /** Blood results a message quotes, in or out of the usual range. */
  labFindings(text: string): LabFinding[] {
    return this.warningScreen.labFindings(text);
  }

  /** The nutrient a free-text name refers to ("mag nesium", "vit d", "cobalamin"), if any. */
  findNutrient(text: string): Nutrient | undefined {
    return this.findNutrients(this.analyze(text))[0]?.item;
  }

  /** The food a free-text name refers to ("baked potatoes", "garbanzo beans"), if any. */
  findFood(text: string): Food | undefined {
    return this.findFoods(this.analyze(text))[0]?.item;
  }

  // --- Answers -----------------------------------------------------------------------------------

  nutrient(id: NutrientId): Nutrient {
    const n = this.data.nutrients.get(id);
    if (!n) throw new Error(`unknown nutrient ${id}`);
    return n;
  }

  intakes(id: NutrientId): IntakeTable {
    const t = this.data.intakes.get(id);
    if (!t) throw new Error(`no intake table for ${id}`);
    return t;
  }

  medicine(id: string): Medicine | undefined {
    return this.data.medicines.find((m) => m.id === id);
  }

  food(id: string): Food | undefined {
    return this.foodsById.get(id);
  }

  source(id: string): Source | undefined {
    return this.data.sources.get(id);
  }

  percentDV(nutrient: Nutrient, amount: number): number {
    return Math.round((amount / nutrient.dailyValue.amount) * 100);
  }

  /** Foods richest in a nutrient per serving, optionally only those that fit a diet. */
  foodsRichIn(id: NutrientId, options: RichInOptions = {}): FoodAmount[] {
    const { diet, limit = 8 } = options;
    const diets = [...new Set([...(diet ? [diet] : []), ...(options.diets ?? [])])];
    const ranked = this.rankedFoods.get(id) ?? [];
    const group = options.group;
    return ranked
      .filter((r) => (!diets.length || this.diets.fits(r.food, diets)) && (!group || inFoodGroup(r.food, group)))
      .slice(0, limit);
  }

  /** The five muscle nutrients in one serving of a food, highest share of the Daily Value first. */
  nutrientsIn(food: Food): FoodAmount[] {
    return [...this.data.nutrients.values()]
      .filter((n) => food.perServing[n.id] !== undefined)
      .map((n) => this.amountOf(food, n))
      .sort((a, b) => b.percentDV - a.percentDV);
  }

  /**
   * The fortified form of a food the table also has ("fortified orange juice" for orange juice): a food tagged
   * fortified that one of whose names is "fortified" + a name of this one. Undefined for a fortified food.
   */
  fortifiedFormOf(food: Food): Food | undefined {
    if (food.tags.includes('fortified')) return undefined;
    const names = new Set([food.name.toLowerCase(), ...food.aliases].map((a) => `fortified ${a}`));
    return this.data.foods.find((f) => f.tags.includes('fortified') && f.aliases.some((a) => names.has(a)));
  }

  amountIn(food: Food, id: NutrientId): FoodAmount | undefined {
    const n = this.nutrient(id);
    return food.perServing[id] === undefined ? undefined : this.amountOf(food, n);
  }

  /**
   * The foods the source document names for a nutrient, with figures where the food table has them.
   * With diets, only those that fit: a named food that is not in the table (say "nuts") is left out
   * rather than risk naming it under a filter it may break.
   */
  documentFoods(id: NutrientId, diets: readonly DietTag[] = []): DocumentFood[] {
    return this.nutrient(id)
      .documentFoods.names.map((name) => {
        const food = this.findFood(name);
        return { name, food, figures: food ? this.amountIn(food, id) : undefined };
      })
      .filter((d) => !diets.length || (d.food !== undefined && this.diets.fits(d.food, diets)))
      .map(({ name, figures }) => ({ name, figures }));
  }

  private amountOf(food: Food, nutrient: Nutrient): FoodAmount {
    const amount = food.perServing[nutrient.id] ?? 0;
    return { food, nutrient, amount, percentDV: this.percentDV(nutrient, amount) };
  }
}

function uniqueItems<T>(hits: PhraseHit<T>[]): PhraseHit<T>[] {
  const seen = new Set<T>();
  return hits.filter((h) => (seen.has(h.item) ? false : (seen.add(h.item), true)));
}

/** Loads, validates and indexes the knowledge base: call once at start-up. */
export function createKnowledgeBase(dir?: string): KnowledgeBase {
  return new KnowledgeBase(loadKnowledgeData(dir));
}

/** A medicine of the warning signs' or by its family's ending: "digoxin", "lithium", "doxycycline". */
const OTHER_MEDICINE =
  /\b(?:digoxin|lanoxin|lithium|insulin|warfarin|\w+(?:prazole|statin|pril|sartan|semide|thiazide|olol|mycin|cycline|floxacin))\b/;

/**
 * More than one tablet, a dose taken more than once or on top of another, or a child: "took 3 of my tablets", "a
 * handful", "twice", "an extra one", "my toddler". Any of these keeps an overdose an overdose, whatever amount is stated.
 */
const SEVERAL_OR_A_CHILD =
  /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|several|handful|few|couple|lots|loads|bottle|pack|packet|box|tub|jar|strip|all)\b(?: \w+){0,2} (?:of (?:my |the |his |her )?)?(?:\w+ )?(?:tablets|pills|capsules|caps|tabs|gummies|chewables|softgels|doses|sachets)|twice|double|triple|extra|another|second|again|on top|\d+ ?(?:x|times)|times the|son|daughter|toddler|baby|babies|kid|kids|child|children|grandson|granddaughter|little one|\d+ ?(?:yo|y\/o|yr old|years? old|months? old))\b/;

/** Words that make a following "sleep" tell when something happens: "mid-sleep", "in my sleep", "during sleep". */
const WHEN_ASLEEP = /\b(?:mid|during|while|whilst|in (?:my|his|her|your|their|our|the))$/;
/** Drinks with no alcohol, named just after "drinking": "drinking lots of coffee", "drinks of water". */
const NOT_WATER =
  /^(?:(?:any|much|enough|the|their|his|her|my) )?(?:milk|juice|coffee|tea|cola|coke|soda|pop|smoothie|alcohol|beer|wine|formula)\b/;
const NOT_ALCOHOL =
  /^(?:(?:a |lot of |lots of |loads of |so much |too much |more |some |of |\w+ )?)(?:coffee|tea|water|cola|coke|energy|red bull|monster|milk|juice|squash|smoothie|protein|electrolyte|coconut|pop|soda|fizzy)\b/;
