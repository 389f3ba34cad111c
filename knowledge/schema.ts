/**
 * The shape of every knowledge data file, validated once at start-up.
 * A fact always carries the id of the source it came from (see sources.json).
 */
import { z } from 'zod';

export const NUTRIENT_IDS = ['potassium', 'magnesium', 'calcium', 'vitaminD', 'vitaminB12'] as const;
export const nutrientIdSchema = z.enum(NUTRIENT_IDS);
export type NutrientId = z.infer<typeof nutrientIdSchema>;

export const DIET_TAGS = [
  'vegan',
  'vegetarian',
  'dairy-free',
  'gluten-free',
  'fish',
  'dairy',
  'meat',
  'egg',
  'fortified',
  // Diet filters that are rules over a food's ingredients and figures (diets.json), never a food's tag.
  'low-carb',
  'lactose-free',
  'egg-free',
  'nut-free',
  'low-sodium',
  'pescatarian',
  'shellfish-free',
  'fish-free',
  'soy-free',
  'sesame-free',
] as const;
export const dietTagSchema = z.enum(DIET_TAGS);
export type DietTag = z.infer<typeof dietTagSchema>;
/** The tags a food itself carries in foods.json. */
const FOOD_TAGS = [
  'vegan',
  'vegetarian',
  'dairy-free',
  'gluten-free',
  'fish',
  'dairy',
  'meat',
  'egg',
  'fortified',
] as const;

/** What a food is made with, for allergy and diet filters ("tree-nut" covers nut milks, butters and marzipan). */
export const INGREDIENTS = [
  'milk',
  'egg',
  'tree-nut',
  'peanut',
  'coconut',
  'sesame',
  'soy',
  'gluten',
  'fish',
  'shellfish',
  'meat',
] as const;
export const ingredientSchema = z.enum(INGREDIENTS);
export type Ingredient = z.infer<typeof ingredientSchema>;

export const FOOD_CATEGORIES = [
  'vegetable',
  'fruit',
  'legume',
  'nut-seed',
  'grain',
  'dairy',
  'plant-milk',
  'fish',
  'meat',
  'egg',
  'soy',
  'beverage',
  'other',
] as const;

/** Household measures a food can have, as SR28 names them (a "piece" is one of the food as people count it). */
export const MEASURE_UNITS = [
  'cup',
  'tbsp',
  'tsp',
  'fl-oz',
  'oz',
  'piece',
  'slice',
  'container',
  'can',
  'bar',
  'package',
  'link',
  'patty',
  'fillet',
  'clove',
  'leaf',
  'stalk',
  'spear',
  'floret',
  'ear',
  'pint',
  'quart',
  'bunch',
  'block',
  'pat',
] as const;
export const measureUnitSchema = z.enum(MEASURE_UNITS);
export type MeasureUnit = z.infer<typeof measureUnitSchema>;
export const SIZES = ['mini', 'small', 'medium', 'large', 'extra large'] as const;

const text = z.string().trim().min(1);
const sourceId = z.string().regex(/^[A-Z0-9_]+$/, 'a source id is UPPER_SNAKE_CASE and listed in sources.json');

/** One statement with the source it comes from. */
export const factSchema = z.object({ text, source: sourceId }).strict();
export type Fact = z.infer<typeof factSchema>;

export const sourceSchema = z
  .object({
    id: sourceId,
    title: text,
    publisher: text.optional(),
    url: z.url().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1) }).strict();

const amountWithSource = z
  .object({ amount: z.number().positive(), unit: text, basis: text.optional(), source: sourceId })
  .strict();

export const nutrientSchema = z
  .object({
    id: nutrientIdSchema,
    name: text,
    /** Words people type for it: symbols, abbreviations, other names, common misspellings. */
    aliases: z.array(text).min(1),
    unit: z.enum(['mg', 'mcg']),
    dailyValue: amountWithSource,
    /** Recommended intake for adults, in words (RDA or AI by sex). */
    recommendedIntake: factSchema,
    upperLimit: factSchema.optional(),
    /** What it does for muscles and nerves. */
    muscleRole: z.array(factSchema).min(1),
    deficiency: z
      .object({
        name: text,
        aliases: z.array(text),
        /** How the deficiency leads to twitching/cramps. */
        mechanism: factSchema,
        symptoms: z.array(factSchema).min(1),
        atRisk: z.array(factSchema).min(1),
      })
      .strict(),
    /** The foods the source document names for this nutrient, always shown with ranked figures. */
    documentFoods: z.object({ names: z.array(text).min(1), source: sourceId }).strict(),
    /** Extra non-food sources, such as sunlight for vitamin D. */
    otherSources: z.array(factSchema),
    /** A caution for questions about large doses or supplements. */
    supplementCaution: factSchema,
    /** A caution shown with food advice, for example potassium and kidney disease. */
    foodCaution: factSchema.optional(),
    /**
     * Honest notes per diet, e.g. B12 for vegans; `recommends`: the ingredients of the foods a note names
     * (tofu is soy), so that a note is left out when another diet asked for excludes one of them.
     */
    dietNotes: z.array(
      z
        .object({ diet: dietTagSchema, text, source: sourceId, recommends: z.array(ingredientSchema).optional() })
        .strict(),
    ),
  })
  .strict();
export type Nutrient = z.infer<typeof nutrientSchema>;
export const nutrientsFileSchema = z
  .object({ nutrients: z.array(nutrientSchema).length(NUTRIENT_IDS.length) })
  .strict();

export const foodSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: text,
    /** Plurals, everyday names and regional names. */
    aliases: z.array(text),
    category: z.enum(FOOD_CATEGORIES),
    serving: z.object({ label: text, grams: z.number().positive() }).strict(),
    /** Household measures with their grams (SR28's gram weights and the serving), to convert "2 cups" or "two". */
    measures: z
      .array(
        z
          .object({
            amount: z.number().positive(),
            unit: measureUnitSchema,
            size: z.enum(SIZES).optional(),
            grams: z.number().positive(),
            label: text,
          })
          .strict(),
      )
      .min(1),
    tags: z.array(z.enum(FOOD_TAGS)),
    /** What it is made with: a nut-allergy filter leaves out every food whose list has a nut. */
    contains: z.array(ingredientSchema),
    /** Ingredients it often carries as traces ("may contain nuts" on the label). */
    mayContain: z.array(ingredientSchema).optional(),
    /** How everyday the food is: 3 staple, 2 common, 1 rare (weights and meaning in foods.json). */
    commonness: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Amount per serving, in the nutrient's unit (mg or mcg). Absent means no data. */
    perServing: z.partialRecord(nutrientIdSchema, z.number().nonnegative()),
    /** The same nutrients per 100 g as SR28 gives them: any other amount is scaled from these. */
    per100g: z.partialRecord(nutrientIdSchema, z.number().nonnegative()),
    /** Per serving, for diet filters: carbohydrate minus fibre (g) and sodium (mg), from SR28. */
    dietFacts: z.object({ netCarbsG: z.number().nonnegative(), sodiumMg: z.number().nonnegative() }).strict(),
    /** What matters beyond the figure for one nutrient (spinach's calcium is poorly absorbed). */
    nutrientNotes: z.array(z.object({ nutrient: nutrientIdSchema, text, source: sourceId }).strict()).optional(),
    /**
     * What another table (an NIH ODS fact sheet, the Dietary Guidelines' food-source tables) prints for this
     * food where it differs from SR28's figure: said beside SR28's, with both sources named. Amount in the
     * nutrient's unit (mg or mcg); food: the other table's food where it is another kind ("canned white beans").
     */
    otherFigures: z
      .array(
        z
          .object({
            nutrient: nutrientIdSchema,
            amount: z.number().positive(),
            serving: text,
            food: text.optional(),
            source: sourceId,
          })
          .strict(),
      )
      .optional(),
    /** For example "USDA SR28, NDB 11674". */
    source: text,
    note: text.optional(),
  })
  .strict();
export type Food = z.infer<typeof foodSchema>;
export const foodsFileSchema = z
  .object({
    /** The commonness scale, in words, and the weight each level gives a food when lists are ranked. */
    commonness: z
      .object({
        description: text,
        weights: z
          .object({ '1': z.number().positive(), '2': z.number().positive(), '3': z.number().positive() })
          .strict(),
      })
      .strict(),
    /** Kinds of food asked for in a list ("which nuts", "fruits high in potassium"): categories and ingredients. */
    groups: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z-]+$/),
          label: text,
          /** The words that ask for it, singular ("nut" matches "nuts"). */
          words: z.array(text).min(1),
          categories: z.array(z.enum(FOOD_CATEGORIES)).min(1),
          /** Only foods made with one of these ("nuts": tree nuts and peanuts, not seeds). */
          containsAny: z.array(ingredientSchema).optional(),
          /** None made with these ("seeds": no nuts). */
          excludes: z.array(ingredientSchema).optional(),
          /** Only foods whose name has one of these ("cheese": cheddar, mozzarella, not milk). */
          nameHas: z.array(text).optional(),
          /** Only these foods: a kind that is a use, not a category ("snacks", "breakfast"). */
          foodIds: z.array(z.string()).min(1).optional(),
        })
        .strict(),
    ),
    foods: z.array(foodSchema).min(250),
  })
  .strict();
export type FoodsFile = z.infer<typeof foodsFileSchema>;
export type FoodGroup = FoodsFile['groups'][number];

const dietRuleSchema = z
  .object({
    anyTag: z.array(z.enum(FOOD_TAGS)).min(1).optional(),
    excludes: z.array(ingredientSchema).min(1).optional(),
    excludeMayContain: z.boolean().optional(),
    max: z
      .object({ netCarbsG: z.number().positive().optional(), sodiumMg: z.number().positive().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((r) => r.anyTag || r.excludes || r.max, 'a diet rule needs anyTag, excludes or max');
export type DietRule = z.infer<typeof dietRuleSchema>;
export const dietsFileSchema = z
  .object({
    about: text,
    diets: z
      .array(z.object({ id: dietTagSchema, label: text, rule: dietRuleSchema, note: factSchema.optional() }).strict())
      .min(1),
  })
  .strict();
export type DietFilter = z.infer<typeof dietsFileSchema>['diets'][number];

const unitBase = { id: z.string().regex(/^[a-z-]+$/), words: z.array(text).min(1) };
export const unitsFileSchema = z
  .object({
    about: text,
    units: z.array(
      z.discriminatedUnion('kind', [
        z.object({ ...unitBase, kind: z.literal('mass'), grams: z.number().positive(), source: sourceId }).strict(),
        z
          .object({
            ...unitBase,
            kind: z.literal('volume'),
            ml: z.number().positive(),
            assumption: text.optional(),
            /** The other measure the same word names (a UK pint beside the US one): said beside the answer. */
            alternative: z.object({ ml: z.number().positive(), name: text }).strict().optional(),
            source: sourceId,
          })
          .strict(),
        z
          .object({
            ...unitBase,
            kind: z.literal('household'),
            /** A fixed weight (a handful), only for foods of these categories; otherwise the food's own measure. */
            grams: z.number().positive().optional(),
            forCategories: z.array(text).optional(),
            assumption: text.optional(),
            source: sourceId.optional(),
          })
          .strict(),
        z.object({ ...unitBase, kind: z.literal('serving') }).strict(),
        z.object({ ...unitBase, kind: z.literal('dose') }).strict(),
      ]),
    ),
    sizes: z.array(text).min(1),
    vagueAmounts: z.array(text),
  })
  .strict();
export type UnitsFile = z.infer<typeof unitsFileSchema>;
export type Unit = UnitsFile['units'][number];

export const lifestyleFactorSchema = z
  .object({
    id: z.string().regex(/^[a-z-]+$/),
    name: text,
    aliases: z.array(text),
    howItContributes: factSchema,
    advice: z.array(factSchema).min(1),
    /** When this cause is not the whole story: signs to see a doctor about. */
    whenToSeeADoctor: z.array(factSchema).min(1),
  })
  .strict();
export type LifestyleFactor = z.infer<typeof lifestyleFactorSchema>;

export const guidanceFileSchema = z
  .object({
    lifestyleFactors: z.array(lifestyleFactorSchema).min(1),
    whenToSeeADoctor: z.array(factSchema).min(1),
    /** What a life stage changes in an answer about symptoms: what is common, when to see whom. */
    lifeStageNotes: z.array(
      z.object({ stage: z.enum(['child', 'pregnant', 'breastfeeding', 'older']), text, source: sourceId }).strict(),
    ),
    /** "How do I stop a cramp?": what helps during one, what makes them less likely, when to see a doctor. */
    selfCare: z.array(
      z
        .object({
          symptom: text,
          name: text,
          during: z.array(factSchema),
          prevent: z.array(factSchema).min(1),
          whenToSeeADoctor: z.array(factSchema).min(1),
        })
        .strict(),
    ),
    disclaimer: text,
  })
  .strict();
export type Guidance = z.infer<typeof guidanceFileSchema>;

export const symptomSchema = z
  .object({
    id: z.string().regex(/^[a-z-]+$/),
    /** How the bot says it back, in plain words ("muscle twitching"). */
    label: text,
    /** Everyday wordings people type ("my calf keeps jumping", "eyelid flicker"). */
    phrases: z.array(text).min(1),
    /** Phrases in which its words mean something else ("protein shake", "shake hands"): no match inside them. */
    notIn: z.array(text).optional(),
    /** The nutrients whose deficiency lists it, with the source saying so. */
    linkedTo: z.array(z.object({ nutrient: nutrientIdSchema, source: sourceId }).strict()),
  })
  .strict();
export type Symptom = z.infer<typeof symptomSchema>;
export const symptomsFileSchema = z.object({ symptoms: z.array(symptomSchema).min(10) }).strict();

export const INTENTS = [
  'greeting',
  'thanks',
  'help',
  'cancel',
  'repeat',
  'capabilities',
  'aboutBot',
  'handoff',
  'goodbye',
  'startOver',
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
  'dailyNeeds',
  'medicine',
  'personalDetails',
  'symptomCheck',
  'lifestyle',
  'seeDoctor',
  'supplements',
  'sources',
  'whatDoYouKnow',
  'forgetMe',
  'summary',
  'outOfScope',
  'empty',
  'otherLanguage',
  'checkInRequest',
  'stopCheckIns',
  'feedback',
] as const;
export const intentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof intentSchema>;

export const intentCuesFileSchema = z
  .object({
    /** Per intent, regular expressions tried against the normalised message (lowercase, no punctuation). */
    intents: z.array(
      z
        .object({
          intent: intentSchema,
          cues: z.array(z.object({ pattern: text, weight: z.number().positive() }).strict()).min(1),
        })
        .strict(),
    ),
    /** Words that never need spelling correction and carry no entity. */
    commonWords: z.array(text).min(50),
    /** Known misspellings and the word each stands for ("potaasium": "potassium"), read as that word. */
    misspellings: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z0-9]+$/)),
    /**
     * Chemical symbols that name a nutrient only in a nutrient's context: "low k", "k levels", "foods
     * with k", never "5 k" or "I live in CA". before/after: words (or short phrases) next to it that
     * make it a nutrient; never: words before it that make it something else ("vitamin k").
     */
    symbolContext: z
      .object({ symbols: z.array(text), before: z.array(text), after: z.array(text), never: z.array(text) })
      .strict(),
    /** Phrases that ask for a diet filter ("plant-based" -> vegan, "no dairy" -> dairy-free). */
    dietPhrases: z.array(z.object({ diet: dietTagSchema, phrases: z.array(text).min(1) }).strict()),
    /** Words that carry no meaning for matching symptom phrases ("my", "keeps", "the"). */
    fillerWords: z.array(text).min(10),
    /** Words that negate what follows ("no", "not", "without"). */
    negations: z.array(text).min(1),
    /** Nutrients the bot does not cover, so it can say so plainly ("protein", "iron"). */
    otherNutrients: z.array(text),
    /** Medicines the bot has no interaction facts for, so it can name them and say so ("warfarin"). */
    otherMedicines: z.array(text),
    /** Conditions the bot does not cover ("diabetes", "thyroid"): a question about one is declined by name. */
    otherConditions: z.array(text).optional(),
    /**
     * Words that put a message outside a person's own nutrition and muscles ("banana bread recipe", "b12 bus
     * timetable", "my cat keeps twitching"): with one of them, a nutrient or food name is not a question.
     */
    offTopicWords: z.array(text),
    /** Someone or something else the words are about (a pet, a streaming site): off topic even with a symptom word. */
    otherSubjects: z.array(text),
    /**
     * Words that put a symptom word in someone's body or life ("my calf", "I get"): without one, a symptom
     * word next to an off-topic phrase ("my chest freezer keeps tripping the fuse") is that subject's word.
     */
    bodyWords: z.array(text),
    /** Frequent words of other languages, to answer politely in English. */
    otherLanguageWords: z.array(text),
  })
  .strict();
export type IntentCuesFile = z.infer<typeof intentCuesFileSchema>;
