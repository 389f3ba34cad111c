/**
 * Turns a recognised question into a reply: the pure heart of the Q&A. Only the intents answered from
 * the knowledge base come here (QuestionIntent); the others have their own routes (dialogs/intents.ts).
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { DietTag, Food, Intent, NutrientId } from '../../knowledge/schema';
import type { Correction } from '../../knowledge/search/spellCorrector';
import { type AboutPeople, type Subject, subjectOf } from '../../knowledge/understanding/about';
import { readContext } from '../../knowledge/understanding/context';
import { askedTopic } from '../../knowledge/understanding/topic';
import {
  ASKS_CAUSE,
  CLARIFY_BELOW,
  KNOWLEDGE_QUESTIONS,
  type LabelPercentDV,
  type Recognition,
} from '../../knowledge/understanding/recognize';
import { type Block, type Reply, heading, note, reply, text } from '../replies/replyModel';
import { SharedReplies } from '../replies/sharedReplies';
import { lifestyle, nutrientsLinkedTo, selfCare, symptomOverview, withUsualCauses } from './contextAnswers';
import { foodNutrientAmount, nutrientsInFood } from './foodAnswers';
import {
  amountReply,
  compareReply,
  foodWords,
  howManyReply,
  mealReply,
  notUnderstoodText,
  problemText,
  type PersonalTarget,
  unitPortion,
  unlistedText,
  milkDrinkText,
} from './amountAnswers';
import { type FoodPortion, isProblem } from '../../knowledge/quantities/foodAmounts';
import { inSentence, joinWords, nutrientAmount } from './format';
import {
  askWhichNutrient,
  clarify,
  emptyMessage,
  greeting,
  notCovered,
  otherLanguage,
  outOfScope,
  whichWord,
} from './generalAnswers';
import { adultTargets, statedTarget } from './howManyTargets';
import { withCausesTold } from './storyAnswers';
import { formsReply, otherFoodsReply, productsAsked, withDoseForms } from './productAnswers';
import { medicineAnswer, medicinesFor, stoppingMedicine, unknownMedicine } from './medicineAnswers';
import { personalNeed } from '../../knowledge/intakes/dailyNeeds';
import { dosesByNutrient } from '../../knowledge/intakes/doseNutrients';
import {
  type NeedsFocus,
  amountText,
  dailyNeeds,
  needBlocks,
  doseCheck,
  dosesChecked,
  isOlderAdult,
  whichDose,
  whoPhrase,
  whoToAsk,
  adultLimitText,
} from './needsAnswers';
import {
  deficiencySigns,
  dietOverview,
  foodsForNutrient,
  nutrientRole,
  suggest,
  supplements,
  whoIsAtRisk,
} from './nutrientAnswers';
import { seeDoctor } from './safetyAnswers';

/** The intents answered from the knowledge base: questions, and what a greeting or an empty message gets. */
export const QUESTION_INTENTS = [
  'foodsForNutrient',
  'nutrientRole',
  'deficiencySigns',
  'whoIsAtRisk',
  'nutrientsInFood',
  'foodNutrientAmount',
  'compareFoods',
  'mealTotal',
  'howMany',
  'selfCare',
  'supplements',
  'lifestyle',
  'seeDoctor',
  'symptomCheck',
  'greeting',
  'empty',
  'otherLanguage',
  'outOfScope',
  'dailyNeeds',
  'medicine',
  'personalDetails',
] as const satisfies readonly Intent[];
export type QuestionIntent = (typeof QUESTION_INTENTS)[number];

export type QuestionRecognition = Recognition & { intent: QuestionIntent };

export function isQuestion(rec: Recognition): rec is QuestionRecognition {
  return (QUESTION_INTENTS as readonly string[]).includes(rec.intent);
}

/** What the previous answer was about, so "and calcium?" or "source?" can build on it. */
export interface LastQuestion {
  intent: Intent;
  nutrients: NutrientId[];
  foods: string[];
  sources: string[];
}

export interface Answer {
  reply: Reply;
  /** Set when the answer is one a follow-up can continue. */
  remember?: LastQuestion;
}

/** Intents whose answer is about a nutrient: when only uncovered ones are named, none of ours stands in. */
const ABOUT_A_NUTRIENT: ReadonlySet<Intent> = new Set([...KNOWLEDGE_QUESTIONS, 'outOfScope']);

/**
 * about: what the conversation knows about the writer and whoever they asked about, for daily needs and
 * the wording of a child's or a pregnancy's answer (a flow's mid-flow questions pass none).
 */
export function answerQuestion(
  kb: KnowledgeBase,
  rec: QuestionRecognition,
  last?: LastQuestion,
  about?: AboutPeople,
): Answer {
  // "foods with iron", "how much zinc in spinach": say plainly it is not covered, with no table standing in.
  if (rec.otherNutrients.length && !rec.nutrients.length && ABOUT_A_NUTRIENT.has(rec.intent) && !rec.medicines.length) {
    return { reply: notCovered(kb, rec.otherNutrients, rec.foods[0] ? kb.food(rec.foods[0])?.name : undefined) };
  }
  // "magnesium citrate vs oxide", "d2 or d3?", "does nutritional yeast have b12?": forms of a nutrient, and
  // foods the table has no figures for, from what the sources say about them.
  // Not when another subject was recognised ("best barbarian build for d3").
  if (!rec.offTopic && !rec.otherNutrients.length && (ABOUT_A_NUTRIENT.has(rec.intent) || rec.intent === 'selfCare')) {
    const products = productsAsked(rec);
    if (products.forms.length) {
      const forms = formsReply(kb, products.forms);
      // "magnesium glycinate or citrate, and how much should a grown man take?": the adult upper limit, never
      // a dose; never for a child or in pregnancy (their notes come with the reply as before).
      const subject = subjectOf(about, rec.context);
      if (whoToAsk(subject, false).length || !HOW_MUCH_TAKEN.test(rec.analysis.corrected.join(' ')))
        return { reply: forms };
      const ids = [...new Set(products.forms.map((f) => f.nutrient))];
      return {
        reply: {
          ...forms,
          blocks: [...forms.blocks, ...ids.map((id) => text(adultLimitText(kb, id)))],
          sources: [...new Set([...forms.sources, ...ids.map((id) => kb.intakes(id).upperLimit.note.source)])],
        },
      };
    }
    // "is lo salt ok with ramipril": the medicine's answer says what it does with the product.
    if (products.foods.length && !rec.medicines.length)
      return { reply: otherFoodsReply(kb, products.foods, rec.nutrients) };
  }
  // A word with two or three equally likely readings, and nothing else understood: ask which.
  const unclear = rec.analysis.unclear[0];
  if (unclear && rec.intent === 'outOfScope' && !rec.otherNutrients.length) {
    return { reply: whichWord(unclear.word, unclear.options) };
  }
  // "help me plan a diet to lose 10 kilos": weight loss is not among the subjects covered; say so by name.
  // "taking orlistat to lose weight, does it mess with any vitamins?": the medicine is the question.
  if (
    !rec.nutrients.length &&
    !rec.foods.length &&
    !rec.medicines.length &&
    WEIGHT_LOSS.test(rec.analysis.corrected.join(' '))
  )
    return { reply: outOfScope('weight loss and diet plans') };
  const answer = answerFor(kb, rec, last, subjectOf(about, rec.context));
  if (answer.reply.kind === 'fallback' || answer.reply.kind === 'clarify') return answer;
  const notes = [];
  if (rec.assumed.length) notes.push(note('info', readAs(rec.assumed)));
  // "halal sources of vitamin D", "low FODMAP": a diet the food table cannot check is said, not ignored.
  const unchecked = UNCHECKED_DIET.exec(rec.analysis.corrected.join(' '));
  if (unchecked && FOOD_ANSWERS.has(rec.intent))
    notes.push(note('caution', `I can’t check foods for a ${unchecked[1]} diet: these foods are not filtered for it.`));
  if (rec.unlistedFoods.length) notes.push(note('info', unlistedText(rec.unlistedFoods)));
  if (rec.milkDrinks?.length && FOOD_ANSWERS.has(rec.intent) && rec.foods.length)
    notes.push(note('info', milkDrinkText(rec.milkDrinks)));
  // Say plainly what is not covered rather than silently answering something else.
  if (rec.otherNutrients.length) notes.push(note('info', notCoveredNote(rec.otherNutrients)));
  // A new reply around the (possibly shared, frozen) one: the shared reply itself is never changed.
  return notes.length ? { ...answer, reply: { ...answer.reply, blocks: [...notes, ...answer.reply.blocks] } } : answer;
}

/**
 * What is not covered, said plainly. "Electrolytes" are partly covered: potassium, magnesium and calcium are
 * electrolytes; sodium and chloride are not covered.
 */
function notCoveredNote(others: readonly string[]): string {
  const rest = others.filter((o) => o !== 'electrolytes');
  const covered = 'I only cover magnesium, calcium, potassium, vitamin D and vitamin B12';
  const restText = rest.length ? `${covered}, so I can’t give figures for ${joinWords(rest)}.` : '';
  if (rest.length === others.length) return restText;
  const electrolytes = 'Of the electrolytes, I cover potassium, magnesium and calcium, not sodium or chloride.';
  return rest.length ? `${electrolytes} ${restText}` : electrolytes;
}

/** Questions a diet alone can be asked: what to watch on it. */
const DIET_OVERVIEW: ReadonlySet<Intent> = new Set([
  'foodsForNutrient',
  'dailyNeeds',
  'nutrientRole',
  'deficiencySigns',
  'whoIsAtRisk',
  'nutrientsInFood',
  'supplements',
]);
const NEEDS_FOOD_INTENTS: ReadonlySet<Intent> = new Set(['foodNutrientAmount', 'nutrientsInFood', 'mealTotal']);
/** Questions about the foods named: when every one is set aside ("without bananas or potatoes"), a list instead. */
const ABOUT_FOODS_NAMED: ReadonlySet<Intent> = new Set([...NEEDS_FOOD_INTENTS, 'compareFoods']);

/** The foods of a meal with their amounts, and what could not be read. */
function meal(kb: KnowledgeBase, rec: Recognition, nutrients: NutrientId[], subject: Subject, normal: string): Reply {
  const portions: FoodPortion[] = [];
  const problems: string[] = [];
  const leftOut: Food[] = [];
  for (const p of rec.portions) {
    const food = kb.food(p.food);
    if (!food) continue;
    // "2 tbsp peanut butter on toast (ignore the toast)": a food set aside is not counted.
    if (rec.portions.length > 1 && setAside(food, normal)) {
      leftOut.push(food);
      continue;
    }
    const portion = kb.portions.portion(food, p.quantity);
    if (isProblem(portion)) problems.push(problemText(portion));
    else portions.push(p.labelPercentDV ? withLabelFigure(kb, portion, p.labelPercentDV) : portion);
  }
  if (rec.notUnderstood.length) problems.push(notUnderstoodText(rec.notUnderstood));
  // The total said against the person's own need, or what adults are recommended when nobody is known.
  const ids = nutrients.length ? nutrients : [...kb.data.nutrients.keys()];
  const targets = new Map(
    ids.map((id) => {
      const own = personalTarget(kb, id, subject);
      return [id, own ? [own] : subject.who === 'nobody' ? adultTargets(kb, id) : []] as const;
    }),
  );
  const total = mealReply(kb, portions, nutrients, problems, targets);
  return leftOut.length ? withoutFoods(total, leftOut) : total;
}

/**
 * "cereal fortified with 25% DV b12": the label's percent of the Daily Value, per serving, counted for the
 * servings eaten in place of the table's figure, and said.
 */
function withLabelFigure(kb: KnowledgeBase, portion: FoodPortion, label: LabelPercentDV): FoodPortion {
  const n = kb.nutrient(label.nutrient);
  const servings = portion.assumedServing ? 1 : portion.grams / portion.food.serving.grams;
  const amount = (label.percent / 100) * n.dailyValue.amount * servings;
  const said = `For ${foodWords(portion.food)} I used its label’s ${label.percent}% DV of ${inSentence(n.name)} per serving (${nutrientAmount(n, (label.percent / 100) * n.dailyValue.amount)}), as you said.`;
  return {
    ...portion,
    labelAmounts: { ...portion.labelAmounts, [label.nutrient]: amount },
    assumption: portion.assumption ? `${portion.assumption} ${said}` : said,
  };
}

function outOfScopeWith(sentence: string): Reply {
  const base = outOfScope();
  return { ...base, blocks: [text(sentence), ...base.blocks.slice(1)] };
}

function withNotes(r: Reply, notUnderstood: readonly string[]): Reply {
  return notUnderstood.length ? { ...r, blocks: [...r.blocks, note('info', notUnderstoodText(notUnderstood))] } : r;
}

/** “I read “magnesiam” as magnesium and “spinich” as spinach.” */
export function readAs(corrections: readonly Correction[]): string {
  return `I read ${joinWords(corrections.map((c) => `“${c.from}” as ${c.to}`))}.`;
}

/** Whether what the project says about these lifestyle causes names a nutrient. */
function linksTo(kb: KnowledgeBase, factorIds: readonly string[], id: NutrientId): boolean {
  const name = kb.nutrient(id).name.toLowerCase();
  return kb.data.guidance.lifestyleFactors
    .filter((f) => factorIds.includes(f.id))
    .some((f) =>
      [f.howItContributes, ...f.advice, ...f.whenToSeeADoctor].some((x) => x.text.toLowerCase().includes(name)),
    );
}

/** Answers that depend only on the knowledge base and the key's parts, shared per knowledge base. */
const sharedByKb = new WeakMap<KnowledgeBase, SharedReplies>();

function shared(kb: KnowledgeBase, key: string, build: () => Reply): Reply {
  let replies = sharedByKb.get(kb);
  if (!replies) sharedByKb.set(kb, (replies = new SharedReplies()));
  return replies.get(key, build);
}

/** Intents whose answer a stated dose of a nutrient replaces with the dose against its upper limit. */
const DOSE_QUESTIONS: ReadonlySet<Intent> = new Set([
  'supplements',
  'dailyNeeds',
  'nutrientRole',
  'foodsForNutrient',
  'deficiencySigns',
  'outOfScope',
]);
const LIMIT_WORDS =
  /\b(upper limit|ul|uls|max|maximum|too much|tolerable|safe limit|overdose|toxic|how much is safe)\b/;
/** "how much should I take", "how many mg can I have": an amount of a supplement asked for. */
const HOW_MUCH_TAKEN =
  /\bhow (much|many( mg| mgs| milligrams)?) (should|can|do|could|would|must) (i|he|she|we|you|they|a \w+( \w+)?) (take|have|use)\b/;
/** An upper limit asked by name: "max", "maximum", "upper limit", never "too much" (a dose question). */
const LIMIT_ASKED = /\b(upper limit|ul|max|maximum|most i can|tolerable)\b/;
/** A bare number asked about ("is 5000 too much"): which nutrient, which unit? */
const BARE_AMOUNT =
  /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{2,6}(?:\.\d+)?)(?![\d,.]|[a-z]|\s?(?:%|years?|yrs?|yo|weeks?|days?|months?|hours?|times|x\b|calories|cals?\b|kcals?|steps))/;
/** "50 mcg of D", "my D3": the letter alone names vitamin D next to a dose. */
const VITAMIN_D_LETTER = /\b(of|some|my|the|taking|take) d\b|\bd3\b/;
/** A parent asking what to give a child: who to ask comes first. */
const GIVING = /\b(give|giving|dose|dosage|drops|supplements?|gummies|spray)\b/;
/** Diets the food table has no data for. */
const UNCHECKED_DIET =
  /\b(halal|kosher|low fodmap|fodmap|paleo|whole30|carnivore|low oxalate|low purine|low potassium|renal|low histamine)\b/;
const FOOD_ANSWERS: ReadonlySet<Intent> = new Set([
  'foodsForNutrient',
  'nutrientsInFood',
  'foodNutrientAmount',
  'compareFoods',
  'mealTotal',
  'howMany',
]);
const CONDITION_WORRY =
  'If you are worried about it, see a doctor: they can examine you and arrange tests. I can still go through the nutrition side of your symptoms with a quick symptom check.';
/** A pet or farm animal named as the subject ("my labrador", "our hens"). */
const ANIMAL =
  /\b(pets?|dogs?|pups?|puppy|puppys|cats?|kittens?|labradors?|spaniels?|retrievers?|terriers?|collies?|horses?|pony|ponys|rabbits?|bunny|bunnys|hamsters?|guinea pigs?|ferrets?|budgies?|parrots?|chickens?|hens|goats?|cows?|tortoises?|lizards?|geckos?|snakes?)$/;
/** The writer asks about their own need ("should I be having", "do I need"). */
const ABOUT_ME = /\b(i|me|my|im)\b/;
const ASK_WHO =
  'Could you tell me your age and sex, and whether you’re pregnant or breastfeeding? Then I can give your own figure.';
/** Weight loss, asked with no nutrient or food: a subject of its own, declined by name. */
const WEIGHT_LOSS =
  /\b(lose|losing|lost|shed|drop) (\d+ )?(weight|kilos?|kgs?|pounds|lbs?|stone|fat|belly fat)\b|\b(weight loss|weight-loss|slimming|diet plan|meal plan|calorie deficit|plan a diet)\b/;
const ASKS_IF_OK = /\b(too much|too high|a lot|safe|ok|okay|fine|dangerous|enough|alright)\b/;

function answerFor(
  kb: KnowledgeBase,
  rec: QuestionRecognition,
  last: LastQuestion | undefined,
  subject: Subject,
): Answer {
  // A follow-up keeps what it does not restate: "and calcium?" after "how much potassium in milk?".
  const carry = (rec.isFollowUp || rec.intent === 'dailyNeeds') && last !== undefined;
  // "what about a 1/4 cup?" after "how much magnesium in almonds?": that amount of the food before.
  if (carry && rec.amountAlone && !rec.foods.length && last.foods.length === 1)
    rec = { ...rec, portions: [{ food: last.foods[0]!, quantity: rec.amountAlone }] };
  const nutrients = rec.nutrients.length ? rec.nutrients : carry ? last.nutrients : [];
  const foodIds = rec.foods.length ? rec.foods : carry ? last.foods : [];
  const foods = foodIds.map((id) => kb.food(id)).filter((f) => f !== undefined);
  const nutrient = nutrients[0];
  const activeSymptoms = rec.symptoms.filter((s) => !s.negated).map((s) => s.id);
  const done = (reply: Reply, usedFoods = foodIds, usedNutrients = nutrients): Answer => ({
    reply,
    remember: { intent: rec.intent, nutrients: usedNutrients, foods: usedFoods, sources: reply.sources },
  });

  const normal = rec.analysis.corrected.join(' ');
  // A dose of a nutrient ("10,000 IU of vitamin D", "500mg magnesium"), against its upper limit. IU means
  // vitamin D, the only covered nutrient measured in it.
  const doseNutrient =
    nutrient ?? (rec.doses.some((d) => d.unit === 'IU') || VITAMIN_D_LETTER.test(normal) ? 'vitaminD' : undefined);
  // Foods named beside a supplement's dose ("1200mg calcium tablets and yoghurt daily") count toward its limit.
  const supplementDose = rec.doses.some((d) => d.unit !== 'g') && nutrient !== undefined;
  // "calcium 600mg twice a day + 2 glasses of milk": a dose taken, with foods eaten in amounts.
  const takenWithFood =
    supplementDose && TAKES_A_DOSE.test(normal) && !HOW_MUCH.test(normal) && rec.portions.some((p) => p.quantity);
  if (
    rec.doses.length &&
    doseNutrient &&
    (!foods.length || (supplementDose && rec.intent === 'supplements') || takenWithFood) &&
    (DOSE_QUESTIONS.has(rec.intent) || takenWithFood)
  ) {
    const doses = rec.doses.filter((d) => !foods.length || d.unit !== 'g');
    const eaten = foods.map((f) => foodWords(f));
    // Foods named with an amount ("a tablespoon of cod liver oil") are added in, in that amount.
    const portions = rec.portions.flatMap((p) => {
      const food = p.quantity ? kb.food(p.food) : undefined;
      const portion = food ? kb.portions.portion(food, p.quantity) : undefined;
      return portion && !isProblem(portion) ? [portion] : [];
    });
    // "D3 1000 IU, magnesium 200 mg, B12 500 mcg": each nutrient's doses against its own limit.
    const groups = doses.length > 1 ? dosesByNutrient(kb, rec.analysis.text, doseNutrient) : undefined;
    if (groups && groups.size > 1) {
      const ids = [...groups.keys()];
      return done(
        dosesChecked(
          ids.map((id) => doseCheck(kb, id, groups.get(id)!, rec.analysis.text, subject, eaten, portions)),
          subject,
        ),
        foodIds,
        ids,
      );
    }
    const checked = groups?.keys().next().value ?? doseNutrient;
    return done(
      withDoseForms(
        doseCheck(kb, checked, groups?.values().next().value ?? doses, rec.analysis.text, subject, eaten, portions),
        rec,
        [checked],
      ),
    );
  }
  const bare = BARE_AMOUNT.exec(rec.analysis.text);
  if (!rec.doses.length && bare && rec.intent === 'supplements' && ASKS_IF_OK.test(normal) && !foods.length)
    return { reply: whichDose(kb, bare[1]!, nutrient) };
  if (rec.confidence < CLARIFY_BELOW && nutrient) {
    const name = kb.nutrient(nutrient).name;
    return { reply: clarify([suggest.foods(name), suggest.role(name), suggest.signs(name)]) };
  }

  // Amounts: one food in the amount asked for, or several totalled as a meal.
  const said = rec.portions.filter((p) => p.quantity);
  const mealLike =
    rec.intent === 'mealTotal' || (said.length >= 1 && rec.portions.length >= 2 && NEEDS_FOOD_INTENTS.has(rec.intent));
  // "today: 2 cups milk and a yogurt, enough calcium?" after "I'm a 40 year old woman": her own figure too.
  if (mealLike && rec.portions.length)
    return done(withPersonalNeed(kb, meal(kb, rec, nutrients, subject, normal), nutrients, subject));
  if (said.length && NEEDS_FOOD_INTENTS.has(rec.intent)) {
    const p = kb.food(said[0]!.food);
    if (p) {
      const portion = kb.portions.portion(p, said[0]!.quantity);
      // "a slice of cheddar", "a square of chocolate": no weight for that measure; one serving instead, said so.
      if (isProblem(portion) && (portion.kind === 'no-weight' || portion.kind === 'unknown-unit')) {
        const serving = amountReply(kb, kb.portions.portion(p) as FoodPortion, nutrients);
        const instead = note('info', `${problemText(portion)} Here is one serving (${p.serving.label}) instead.`);
        const blocks = serving.blocks.filter((b) => !(b.type === 'note' && b.text.startsWith('No amount given')));
        return done({ ...serving, blocks: [instead, ...blocks] });
      }
      if (isProblem(portion)) return { reply: outOfScopeWith(problemText(portion)) };
      return done(
        withPersonalNeed(kb, withNotes(amountReply(kb, portion, nutrients), rec.notUnderstood), nutrients, subject),
      );
    }
  }
  if (
    rec.notUnderstood.length &&
    !rec.foods.length &&
    rec.intent !== 'dailyNeeds' &&
    (KNOWLEDGE_QUESTIONS.has(rec.intent) || rec.intent === 'outOfScope')
  )
    return { reply: outOfScopeWith(notUnderstoodText(rec.notUnderstood)) };
  // "is oat milk fortified with b12": not oatmeal, not cow's milk, and not a figure the table has.
  if (
    rec.unlistedFoods.length &&
    !rec.foods.length &&
    (KNOWLEDGE_QUESTIONS.has(rec.intent) || rec.intent === 'outOfScope')
  )
    return { reply: outOfScopeWith(unlistedText(rec.unlistedFoods)) };

  // "calcium foods, I don't eat tofu": every food named is set aside, so the question is the list without them.
  const intent =
    nutrient && foods.length && ABOUT_FOODS_NAMED.has(rec.intent) && foods.every((f) => setAside(f, normal))
      ? 'foodsForNutrient'
      : rec.intent;
  // "went vegan, what do I need to watch?": a diet and no nutrient, food or symptom named.
  if (!nutrients.length && !foods.length && !activeSymptoms.length && rec.diets.length && DIET_OVERVIEW.has(intent)) {
    const overview = dietOverview(kb, rec.diets);
    if (overview) return done(shared(kb, `diet|${rec.diets.join(',')}`, () => overview));
  }
  switch (intent) {
    case 'compareFoods': {
      const compared =
        foods.length >= 2 ? foods : (last?.foods ?? []).map((id) => kb.food(id)).filter((f) => f !== undefined);
      const ids = nutrients.length ? nutrients : (last?.nutrients ?? []);
      if (compared.length < 2) return { reply: outOfScope() };
      const comparison = compareReply(kb, compared.slice(0, 4), ids, perMeasure(kb, normal, compared.slice(0, 4)));
      // "which has more magnesium, almonds or pumpkin seeds? and how much do I need?": the daily need as well.
      const need =
        ids.length === 1 && NEED_ASKED_TOO.test(normal) ? dailyNeeds(kb, ids[0]!, subject, 'need') : undefined;
      return done(
        need ? combine([comparison, need]) : comparison,
        compared.map((f) => f.id),
        ids,
      );
    }
    // A meal with no food named in this message (its foods are totalled above): nothing to add up.
    case 'mealTotal':
      return { reply: outOfScope() };
    case 'howMany': {
      const food = foods[0] ?? (last?.foods[0] ? kb.food(last.foods[0]) : undefined);
      const target = nutrient ?? last?.nutrients[0];
      if (!food) return { reply: outOfScope() };
      if (!target) return { reply: askWhichNutrient(kb, 'foods') };
      let unit = unitPortion(kb, food, rec.portions.find((p) => p.food === food.id)?.quantity);
      let problem: string | undefined;
      if ('kind' in unit) {
        // "how many tins of sardines": no weight for a tin, so count servings and say so.
        problem = problemText(unit);
        unit = unitPortion(kb, food);
        if ('kind' in unit) return { reply: outOfScopeWith(problem) };
      }
      // "how many almonds to hit my magnesium (F, 33)": counted to her own need, not the Daily Value; "for
      // 600 IU of vitamin D": to the amount asked about; nobody known: the adult recommendation beside it.
      const own = statedTarget(kb, target, rec.doses) ?? personalTarget(kb, target, subject);
      const others = own || subject.who !== 'nobody' ? [] : adultTargets(kb, target);
      const counted = howManyReply(kb, unit.portion, target, unit.words, own, others);
      const ask = whoToAsk(subject);
      const answer = ask.length ? { ...counted, blocks: [...counted.blocks, ...ask] } : counted;
      return done(
        problem ? { ...answer, blocks: [note('info', problem), ...answer.blocks] } : answer,
        [food.id],
        [target],
      );
    }
    case 'foodsForNutrient': {
      // "on furosemide with cramps, should I eat more bananas?": what the medicine does, and the food's figures
      // for the nutrients it changes, rather than a list for a nutrient guessed from the symptoms.
      if (!nutrient && rec.medicines.length) {
        const changed = changedBy(kb, rec.medicines);
        const answer = medicineAnswer(kb, rec.medicines, rec.nutrients, subject);
        return done(foods.length && changed.length ? withFoodAmounts(kb, answer, foods, changed, true) : answer);
      }
      const target = nutrient ?? nutrientsLinkedTo(kb, activeSymptoms)[0];
      if (!target) return { reply: askWhichNutrient(kb, 'foods') };
      // "potassium without bananas", "calcium, but I hate tofu": the foods set aside are left out of the list.
      const setAsideFoods = foods.filter((f) => setAside(f, normal));
      const listFor = (id: NutrientId) =>
        setAsideFoods.length
          ? foodsForNutrient(kb, id, rec.diets, rec.foodGroup, setAsideFoods)
          : shared(kb, `foods|${id}|${rec.diets.join(',')}|${rec.foodGroup ?? ''}`, () =>
              foodsForNutrient(kb, id, rec.diets, rec.foodGroup),
            );
      // "best magnesium and potassium foods?": a list for each nutrient asked (two at most), not the first only.
      const all =
        nutrients.length >= 2
          ? bothLists(kb, nutrients.slice(0, 2).map(listFor), nutrients.slice(0, 2))
          : listFor(target);
      const list = withoutFoods(all, setAsideFoods);
      // "what foods help with cramps?": food is half of it, fluids the other half.
      const fluids = kb.data.guidance.lifestyleFactors.find((f) => f.id === 'dehydration')?.advice[0];
      const foodList =
        !nutrient && fluids
          ? {
              ...list,
              blocks: [...list.blocks, note('info', fluids.text)],
              sources: [...new Set([...list.sources, fluids.source])],
            }
          : list;
      return done(withPersonalNeed(kb, foodList, target, subject));
    }
    case 'nutrientRole':
      return nutrient
        ? done(shared(kb, `role|${nutrient}`, () => nutrientRole(kb, nutrient)))
        : { reply: askWhichNutrient(kb, 'role') };
    case 'deficiencySigns':
      // "muscles ache and I'm tired, which of your nutrients could be low?": the ones linked to those symptoms.
      if (!nutrient && activeSymptoms.length) return done(symptomOverview(kb, activeSymptoms));
      return nutrient
        ? done(shared(kb, `signs|${nutrient}`, () => deficiencySigns(kb, nutrient)))
        : { reply: askWhichNutrient(kb, 'signs') };
    case 'whoIsAtRisk':
      return nutrient
        ? done(
            withPersonalNeed(
              kb,
              // "coeliac: does that affect B12 or vitamin D?": who runs low on each nutrient asked (two at most).
              nutrients.length >= 2
                ? bothLists(
                    kb,
                    nutrients.slice(0, 2).map((id) => shared(kb, `risk|${id}`, () => whoIsAtRisk(kb, id))),
                    nutrients.slice(0, 2),
                    'who is more likely to run low',
                  )
                : shared(kb, `risk|${nutrient}`, () => whoIsAtRisk(kb, nutrient)),
              nutrients.slice(0, 2),
              subject,
            ),
          )
        : { reply: askWhichNutrient(kb, 'risk') };
    case 'nutrientsInFood':
    case 'foodNutrientAmount': {
      const food = foods[0];
      // Two nutrients or more for one food ("eggs for vitamin D and B12?"): each, for one serving.
      if (food && nutrients.length >= 2)
        return done(amountReply(kb, kb.portions.portion(food) as FoodPortion, nutrients));
      // "can my toddler have cow's milk for calcium?": the toddler's own need beside the food's amount.
      if (food && nutrient)
        return done(
          withPersonalNeed(
            kb,
            shared(kb, `amount|${food.id}|${nutrient}|${rec.diets.join(',')}`, () =>
              foodNutrientAmount(kb, food, nutrient, rec.diets),
            ),
            nutrient,
            subject,
          ),
        );
      if (food) return done(shared(kb, `profile|${food.id}`, () => nutrientsInFood(kb, food)));
      return nutrient && rec.intent === 'foodNutrientAmount'
        ? done(shared(kb, `foods|${nutrient}|${rec.diets.join(',')}`, () => foodsForNutrient(kb, nutrient, rec.diets)))
        : { reply: outOfScope() };
    }
    case 'supplements': {
      // "max calcium per day for a 60 yo woman including supplements?": the upper limit for their age, which
      // counts supplements, rather than the general caution with the adult limit.
      if (
        !rec.doses.length &&
        nutrients.length &&
        !foods.length &&
        LIMIT_ASKED.test(normal) &&
        subject.who !== 'nobody' &&
        subject.audience.ageMonths !== undefined &&
        !subject.child &&
        !subject.audience.pregnant &&
        !subject.audience.breastfeeding
      )
        return needsQuestion(kb, nutrients, normal, subject, done, rec.diets, writerOf(rec));
      const general = shared(kb, `supplements|${nutrients.join(',')}|${subject.child ? 'child' : ''}`, () =>
        supplements(kb, nutrients, subject.child),
      );
      // "cod liver oil or a vitamin D tablet?": what the food itself gives, before the caution.
      const withFoods = foods.length && nutrients.length ? withFoodAmounts(kb, general, foods, nutrients) : general;
      // "pescatarian: do I need B12 supplements or is fish enough?": what the notes say for that diet.
      const dietNotes = nutrients.flatMap((id) => kb.dietNotes(id, rec.diets));
      const answer = dietNotes.length
        ? {
            ...withFoods,
            blocks: [...withFoods.blocks, ...dietNotes.map((d) => note('info', d.text))],
            sources: [...new Set([...withFoods.sources, ...dietNotes.map((d) => d.source)])],
          }
        : withFoods;
      // A child's or a pregnancy's supplement question: who to ask, never a dose (and no intakes shown for a child).
      const ask = whoToAsk(subject, false);
      return done(ask.length ? { ...answer, blocks: [...answer.blocks, ...ask] } : answer);
    }
    case 'lifestyle': {
      const answer = shared(kb, `lifestyle|${rec.lifestyleFactors.join(',')}|${activeSymptoms.join(',')}`, () =>
        lifestyle(kb, rec.lifestyleFactors, activeSymptoms),
      );
      // "does caffeine drain your magnesium?": when nothing said about the cause names the nutrient, say so.
      const unlinked = nutrients.filter((id) => !linksTo(kb, rec.lifestyleFactors, id));
      if (!unlinked.length || !rec.lifestyleFactors.length) return done(answer);
      const names = joinWords(unlinked.map((id) => inSentence(kb.nutrient(id).name)));
      const causes = joinWords(
        kb.data.guidance.lifestyleFactors
          .filter((f) => rec.lifestyleFactors.includes(f.id))
          .map((f) => inSentence(f.name)),
      );
      const said = `My sources don’t link ${causes} with low ${names}; here is what they do say.`;
      return done({ ...answer, blocks: [note('info', said), ...answer.blocks] });
    }
    case 'selfCare': {
      const care = selfCare(kb, activeSymptoms);
      if (!care) return done(symptomOverview(kb, activeSymptoms));
      // "does cold weather give you cramps?": a cause the sources don't list is said to be unknown, with the usual ones.
      if (!rec.lifestyleFactors.length && ASKS_CAUSE.test(rec.analysis.corrected.join(' ')))
        return done(withUsualCauses(kb, care));
      return done(withCausesTold(kb, rec, care));
    }
    case 'seeDoctor':
      return done(seeDoctor(kb, rec.lifestyleFactors));
    case 'symptomCheck':
      return done(symptomOverview(kb, activeSymptoms));
    case 'greeting':
      return { reply: greeting() };
    case 'empty':
      return { reply: emptyMessage() };
    case 'otherLanguage':
      return { reply: otherLanguage() };
    case 'outOfScope': {
      const named = outOfScope(rec.offTopic ?? askedTopic(kb, rec.analysis));
      // "what vitamins does my labrador need": who to ask instead.
      if (rec.offTopic && ANIMAL.test(rec.offTopic))
        return {
          reply: {
            ...named,
            blocks: [...named.blocks, text('For an animal’s diet or health, a vet is the one to ask.')],
          },
        };
      const declined = named;
      // "could it be MS? my arm keeps twitching": the condition is declined, the symptoms are not.
      if (!activeSymptoms.length) return { reply: declined };
      return {
        reply: {
          ...declined,
          blocks: [...declined.blocks, text(CONDITION_WORRY)],
          suggestions: [suggest.check, ...declined.suggestions.filter((x) => x !== suggest.check)],
        },
      };
    }
    case 'medicine':
      return medicineQuestion(kb, rec, nutrient, subject, done);
    case 'dailyNeeds':
      return needsQuestion(kb, nutrients, normal, subject, done, rec.diets, writerOf(rec));
    case 'personalDetails':
      return done(personalDetails(subject));
  }
}

/** "should I stop taking it?", "can I come off my tablets?": stopping a medicine. */
const STOPS_MEDICINE = /\b(stop|stopping|quit|quitting|come off|coming off|get off|go off|cut out|ditch|drop)\b/;

/** "how many cups of spinach for 420mg": counting a food to an amount, not a dose taken. */
const HOW_MUCH = /\bhow (many|much)\b/;
/** "calcium 600mg twice a day + 2 glasses of milk": a dose taken, with foods eaten, is a question about the dose. */
const TAKES_A_DOSE =
  /\b(i|we|he|she|they) (take|takes|took|chew|chews)\b|\b(taking|tablets?|pills?|supplements?|capsules?|softgels?|twice|daily|a day|per day|each day|every day)\b/;

/** Beside a comparison, the daily need asked for too: "and how much do I need?", "how much should I get a day?". */
const NEED_ASKED_TOO =
  /\bhow much (?:do|should|does|would|must) (?:i|we|he|she|they|you) (?:actually )?(?:need|be (?:getting|having|eating)|get|have) (?:a day|daily|each day|per day|every day)?\s*(?:[-–,?.!]|$|i'?m|im|i am|as a|for)|\bhow much (?:of it )?(?:a|per|each) day\b|\bdaily (?:need|requirement|amount|target)\b/;
/** "lentils or chickpeas, per cup cooked", "a cup of each": the measure both foods are compared by. */
const PER_MEASURE =
  /\bper (cup|tablespoon|tbsp|ounce|oz)\b|\b(?:a|one|1) (cup|tablespoon|tbsp|ounce|oz) (?:of )?each\b/;

function perMeasure(kb: KnowledgeBase, normal: string, foods: readonly Food[]): FoodPortion[] | undefined {
  const m = PER_MEASURE.exec(normal);
  const word = m?.[1] ?? m?.[2];
  const unit = word ? kb.data.units.units.find((u) => u.words.includes(word)) : undefined;
  if (!unit) return undefined;
  const portions = foods.map((f) => kb.portions.portion(f, { value: 1, unit, start: 0, end: 0, text: word! }));
  return portions.every((p) => !isProblem(p)) ? (portions as FoodPortion[]) : undefined;
}

/** Words that set a food aside: "without bananas", "no tofu", "except milk", "I hate fish". */
const SET_ASIDE = String.raw`\b(?:without|no|not|arent|isnt|aint|except|besides|other than|apart from|instead of|hate|dislike|avoid|avoiding|ignore|ignoring|not counting|excluding|leave out|leaving out|allergic to|(?:do|can)n?t (?:eat|have|stand|like|afford)|cannot (?:eat|afford))(?: any| the| eating| to buy)? `;
/** "not into liver", "not keen on fish": words between the set-aside word and the food. */
const SET_ASIDE_FILLER = String.raw`(?:(?:into|keen on|a fan of|fond of) )?`;
/** A word of a list of foods: not one that starts a new clause ("allergic to nuts, is dark chocolate ok"). */
const LIST_WORD = String.raw`(?!(?:is|are|was|were|ok|okay|fine|safe|good|it|its|that|this|for|in|with|but|so|if|any|what|which|how|can|could|do|does|should|would|i|im|you|my|me|sure|certain|idea|much|many|too|really|today|and|or|nor) )[a-z]+ `;
/** "salmon is pricey", "avocados are too expensive": a food set aside after its name. */
const SET_ASIDE_AFTER = String.raw`s? (?:is|are|r) (?:too |so |really |very |quite |a bit |a bit too )?(?:pricey|pricy|expensive|costly|dear)\b`;
const setAsideByFood = new WeakMap<Food, RegExp>();

function setAside(food: Food, normal: string): boolean {
  let pattern = setAsideByFood.get(food);
  if (!pattern) {
    const names = [food.name, ...food.aliases].map((a) => a.toLowerCase().replace(/[^a-z0-9 ]/g, '')).filter(Boolean);
    const name = `(?:${names.join('|')})`;
    pattern = new RegExp(
      [
        // "without bananas", "not into liver"
        `${SET_ASIDE}${SET_ASIDE_FILLER}${name}\\b`,
        // one in the middle of a list that goes on: "without milk, yogurt or cheese" (not the last one: "no
        // idea, spinach or almonds?" reads the same)
        `${SET_ASIDE}${SET_ASIDE_FILLER}(?:${LIST_WORD}){1,2}${name} (?:[a-z]+ )?(?:or|and|nor) `,
        `\\b${name}${SET_ASIDE_AFTER}`,
      ].join('|'),
    );
    setAsideByFood.set(food, pattern);
  }
  return pattern.test(normal);
}

/** A food list without the foods set aside, and a line saying so (a new reply; the shared one is not changed). */
function withoutFoods(answer: Reply, foods: readonly Food[]): Reply {
  if (!foods.length) return answer;
  // The food and its kinds: "tofu" sets aside firm and soft tofu alike.
  const heads = foods.map((f) => f.name.split(',')[0]!.toLowerCase());
  const kept = (name: string) => !heads.some((h) => name.toLowerCase().startsWith(h));
  const blocks = answer.blocks.map((b) =>
    b.type === 'table' ? { ...b, rows: b.rows.filter((r) => kept(r[0] ?? '')) } : b,
  );
  return {
    ...answer,
    blocks: [...blocks, note('info', `Left out, as you asked: ${joinWords([...new Set(heads)])}.`)],
  };
}

/** A supplement answer with what the foods named give of those nutrients per serving (a new reply). */
function withFoodAmounts(
  kb: KnowledgeBase,
  answer: Reply,
  foods: readonly Food[],
  nutrients: readonly NutrientId[],
  /** The food's figures after the answer, not before: when the answer is what was asked first. */
  after = false,
): Reply {
  const portions = foods.slice(0, 3).map((f) => kb.portions.portion(f) as FoodPortion);
  const amounts = portions.map((p) => amountReply(kb, p, nutrients));
  // The amount sentence or table, and what matters beyond the figure (the notes), of each food.
  const blocks = amounts.flatMap((r) =>
    r.blocks.filter((b) => b.type !== 'text' || !b.text.startsWith('For reference')),
  );
  return {
    ...answer,
    blocks: after ? [...answer.blocks, ...blocks] : [...blocks, ...answer.blocks],
    sources: [...new Set([...amounts.flatMap((r) => r.sources), ...answer.sources])],
  };
}

/** The nutrients a medicine lowers or raises, from the medicines table. */
function changedBy(kb: KnowledgeBase, medicines: readonly string[]): NutrientId[] {
  const ids = medicines.flatMap(
    (id) =>
      kb
        .medicine(id)
        ?.effects.filter((e) => e.effect === 'lower' || e.effect === 'raise')
        .map((e) => e.nutrient) ?? [],
  );
  return [...new Set(ids)];
}

/** "Omeprazole and magnesium?", "calcium with levothyroxine?", "warfarin and magnesium?". */
function medicineQuestion(
  kb: KnowledgeBase,
  rec: QuestionRecognition,
  nutrient: NutrientId | undefined,
  subject: Subject,
  done: (reply: Reply) => Answer,
): Answer {
  if (rec.medicines.length) {
    const answer = medicineAnswer(kb, rec.medicines, rec.nutrients, subject);
    // "I take omeprazole, should I eat more almonds?": the food's figures for what the medicine lowers.
    const foods = rec.foods.map((id) => kb.food(id)).filter((f) => f !== undefined);
    const changed = changedBy(kb, rec.medicines).filter((id) => !rec.nutrients.length || rec.nutrients.includes(id));
    return done(foods.length && changed.length ? withFoodAmounts(kb, answer, foods, changed, true) : answer);
  }
  if (rec.otherMedicines.length) return { reply: unknownMedicine(kb, rec.otherMedicines, rec.nutrients) };
  // "should I just stop taking it?" after a medicine's answer: never on your own.
  if (!nutrient && STOPS_MEDICINE.test(rec.analysis.corrected.join(' '))) return { reply: stoppingMedicine() };
  if (nutrient) return done(shared(kb, `medicinesFor|${nutrient}`, () => medicinesFor(kb, nutrient)));
  return done(shared(kb, 'lifestyle|medications', () => lifestyle(kb, ['medications'])));
}

/**
 * The writer as a second subject, when the message told their own age apart from the person asked about
 * ("my daughter is 2 and I'm a 40 year old woman, how much magnesium do we each need?").
 */
function writerOf(rec: Recognition): Subject | undefined {
  const { writer, lifeStages } = rec.context;
  return writer ? subjectOf(undefined, { lifeStages, person: writer }) : undefined;
}

/** Nutrients answered in one reply to "how much calcium, B12 and vitamin D does she need?". */
const MAX_NEEDS_NUTRIENTS = 3;

/** "How much magnesium do I need?", for the subject; up to three nutrients as one reply. */
function needsQuestion(
  kb: KnowledgeBase,
  nutrients: readonly NutrientId[],
  normal: string,
  subject: Subject,
  done: (reply: Reply) => Answer,
  diets: readonly DietTag[] = [],
  writer?: Subject,
): Answer {
  if (!nutrients.length) return { reply: askWhichNutrient(kb, 'needs') };
  const focus: NeedsFocus = LIMIT_WORDS.test(normal) ? 'limit' : 'need';
  const asked = nutrients.slice(0, MAX_NEEDS_NUTRIENTS);
  const needOf = (who: Subject, id: NutrientId) =>
    shared(kb, `needs|${id}|${focus}|${JSON.stringify(who)}`, () => dailyNeeds(kb, id, who, focus));
  // "my daughter is 2 and I'm 40", "does he need more than me (I'm 45)?": the writer's own figure beside
  // theirs (the rows that may be theirs when their sex was not told).
  const own =
    subject.who === 'other' && ASKS_OF_BOTH.test(normal)
      ? (writer ?? comparedSelf(normal))
      : secondPersonAsked(normal, subject);
  const replies = asked.map((id) => {
    const theirs = needOf(subject, id);
    const yours = own ? needBlocks(kb, id, own) : [];
    return yours.length ? { ...theirs, blocks: [theirs.blocks[0]!, ...yours, ...theirs.blocks.slice(1)] } : theirs;
  });
  const single = replies.length === 1 ? replies[0]! : combine(replies);
  // "How much magnesium should I be having?" with nothing known of them: the table, and a question for their row.
  const answer =
    subject.who === 'nobody' &&
    ABOUT_ME.test(normal) &&
    nutrients.some((id) => !personalNeed(kb.intakes(id), { sex: 'female' }))
      ? { ...single, blocks: [...single.blocks, text(ASK_WHO)] }
      : single;
  // "How many drops should I give my baby?": no dose, and who to ask before the figures.
  const ask = subject.child && GIVING.test(normal) ? whoToAsk(subject) : [];
  const same = (b: Block) => ask.some((a) => 'text' in a && 'text' in b && a.text === b.text);
  // "my daughter went vegan, how much B12 does she need?": where that diet gets it from, beside the figure.
  const dietNotes = asked.flatMap((id) => kb.dietNotes(id, diets));
  const withDiet = dietNotes.length
    ? {
        ...answer,
        blocks: [...answer.blocks, ...dietNotes.map((d) => note('info', d.text))],
        sources: [...new Set([...answer.sources, ...dietNotes.map((d) => d.source)])],
      }
    : answer;
  return done(ask.length ? { ...withDiet, blocks: [...ask, ...withDiet.blocks.filter((b) => !same(b))] } : withDiet);
}

/** The question is about the writer as well: "do we each need", "for both of us", "more than me". */
/** "...my 10 month old need, and my 4 year old?": a second person of another age, asked about in the same breath. */
const AND_ANOTHER = /(?:,|\band\b|\bor\b) (?:for |what about |how about )?(?:my|our|the|his|her) /;

/**
 * The other person of a question about two ("how much vitamin D does my 10 month old need, and my 4 year old?"):
 * each part of the message read on its own, the first with an age other than the subject's.
 */
function secondPersonAsked(normal: string, subject: Subject): Subject | undefined {
  if (subject.who !== 'other' || subject.audience.ageMonths === undefined || !AND_ANOTHER.test(normal))
    return undefined;
  for (const part of normal.split(/,|\band\b|\bor\b/)) {
    const { lifeStages, person } = readContext(part);
    if (person?.who !== 'other' || person.ageMonths === undefined) continue;
    const other = subjectOf(undefined, { lifeStages, person });
    if (other.audience.ageMonths !== undefined && other.audience.ageMonths !== subject.audience.ageMonths) return other;
  }
  return undefined;
}

const ASKS_OF_BOTH = /\b(we|us|both|each|than (me|i|mine|myself)|and me|and i|me too|and for me)\b/;

/** "than me (im 45)", "than I do, I'm 30": the writer's age, when the question compares them with someone. */
const THAN_ME = /\bthan (me|i do|i need|mine|myself)\b/;
const OWN_AGE = /\b(?:im|i am|me) (\d{1,2})\b(?! (?:months?|weeks?|days?|mo)\b)/;
function comparedSelf(normal: string): Subject | undefined {
  if (!THAN_ME.test(normal)) return undefined;
  const m = OWN_AGE.exec(normal);
  const age = m ? Number(m[1]) : undefined;
  return age !== undefined && age >= 1
    ? { audience: { ageMonths: age * 12 }, who: 'self', child: age < 18 }
    : undefined;
}

/** Two answers of the same kind as one reply ("calcium and vitamin D for my mum"), each under its title. */
function combine(replies: readonly Reply[]): Reply {
  const blocks: Block[] = replies.flatMap((r) => [...(r.title ? [heading(r.title)] : []), ...r.blocks]);
  // The same who-to-ask note once, at the end.
  const seen = new Set<string>();
  const unique = blocks.filter((b) => b.type !== 'note' || (seen.has(b.text) ? false : (seen.add(b.text), true)));
  return {
    ...replies[0]!,
    title: undefined,
    blocks: unique,
    sources: [...new Set(replies.flatMap((r) => r.sources))],
  };
}

/** "I'm a 29 year old woman": kept for this conversation's answers, said back so a mistake can be corrected. */
function personalDetails(subject: Subject): Reply {
  const who = whoPhrase(subject);
  return reply('smallTalk', {
    blocks: [
      text(
        `Thanks, I’ll use that in this conversation: ${who === 'you' ? 'noted' : who.replace(/^you \((.*)\)$/, '$1')}. Ask me how much of a nutrient ${subject.who === 'self' ? 'you need' : 'they need'}, for example “how much magnesium${subject.who === 'self' ? ' do I' : ''} need?”.`,
      ),
    ],
    suggestions: ['How much magnesium do I need?', 'How much calcium do I need?', suggest.check],
  });
}

/**
 * A food list for someone the conversation knows ("my 11yo is vegetarian, b12?"): their own daily figure
 * first, and who to ask for a child or a pregnancy. The shared list itself is never changed.
 */
/** Two nutrients' answers of one kind as one, each under its nutrient's name. */
function bothLists(kb: KnowledgeBase, lists: Reply[], ids: readonly NutrientId[], about = 'best food sources'): Reply {
  const names = ids.map((id) => kb.nutrient(id).name);
  return {
    ...lists[0]!,
    title: `${joinWords([names[0]!, ...names.slice(1).map(inSentence)])}: ${about}`,
    blocks: lists.flatMap((l, i) => [heading(names[i]!), ...l.blocks]),
    suggestions: [...new Set(lists.flatMap((l) => l.suggestions))].slice(0, 4),
    sources: [...new Set(lists.flatMap((l) => l.sources))],
  };
}

function withPersonalNeed(
  kb: KnowledgeBase,
  answer: Reply,
  ids: NutrientId | readonly NutrientId[],
  subject: Subject,
): Reply {
  if (subject.who === 'nobody') return answer;
  const tables = (typeof ids === 'string' ? [ids] : ids).slice(0, 2).map((id) => ({ id, table: kb.intakes(id) }));
  const lines = tables.flatMap(({ id, table }) => {
    const own = personalNeed(table, subject.audience);
    return own
      ? [
          text(
            `Recommended for ${whoPhrase(subject)}: ${amountText(table, own.amount)} of ${inSentence(kb.nutrient(id).name)} a day.`,
          ),
        ]
      : [];
  });
  // "my dad is 80, does he absorb b12 ok from food?": what changes with age, beside the foods.
  const olderNotes = isOlderAdult(subject)
    ? tables.flatMap((t) => t.table.notes.filter((x) => x.stage === 'older'))
    : [];
  const blocks: Block[] = [
    ...lines,
    ...olderNotes.map((x) => note('info', x.text)),
    ...answer.blocks,
    ...whoToAsk(subject),
  ];
  const sources = [...answer.sources, ...tables.map((t) => t.table.source), ...olderNotes.map((x) => x.source)];
  return { ...answer, blocks, sources: [...new Set(sources)] };
}

/** The amount recommended for the person asked about, when one figure fits them (for "how many"). */
function personalTarget(kb: KnowledgeBase, id: NutrientId, subject: Subject): PersonalTarget | undefined {
  if (subject.who === 'nobody') return undefined;
  const table = kb.intakes(id);
  const own = personalNeed(table, subject.audience);
  if (!own || table.unit !== kb.nutrient(id).unit) return undefined;
  return {
    amount: own.amount,
    words: `the ${amountText(table, own.amount)} recommended for ${whoPhrase(subject)}`,
    source: table.source,
  };
}
