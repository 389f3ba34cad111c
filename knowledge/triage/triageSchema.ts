/**
 * The shape of knowledge/data/triage.json: the one rule set behind every urgency the bot states.
 * Warning signs are recognised in any message and offered in the interview's safety lists; rules raise
 * the level from what the interview learnt (symptoms, answers, life stage); lab ranges read blood results.
 */
import { z } from 'zod';
import { factSchema } from '../schema';

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9-]+$/);

/** Urgency levels, least urgent first: the order every comparison uses. */
export const LEVELS = ['self-care', 'soon', 'today', 'emergency'] as const;
export type Level = (typeof LEVELS)[number];
/** A level that asks the person to see someone: what a warning sign or rule can raise. */
export const WARNING_LEVELS = ['soon', 'today', 'emergency'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
const warningLevel = z.enum(WARNING_LEVELS);

export const warningSignSchema = z
  .object({
    id,
    level: warningLevel,
    /** Plain words, as the safety list shows it and as "You told me about ..." says it back. */
    label: text,
    /** Regular expressions (lower-case text) that recognise the sign in any message. */
    patterns: z.array(text).optional(),
    /**
     * Two sets of words that mean the sign when they come close together, in either order ("chest" near
     * "tight"), read in code rather than as one large expression so that every message stays cheap.
     */
    near: z
      .array(
        z
          .object({ a: z.array(text).min(1), b: z.array(text).min(1), within: z.number().int().positive().max(200) })
          .strict(),
      )
      .optional(),
    /**
     * Normal during hard exercise ("heart racing when I'm sprinting"): told so, the sign does not count.
     * Only for signs that exertion explains; chest pain or fainting on exercise still warn.
     */
    normalOnExertion: z.boolean().optional(),
    /** Present when the interview's safety list offers it; the words that pick it there. */
    checklist: z
      .object({ synonyms: z.array(text) })
      .strict()
      .optional(),
    advice: factSchema,
  })
  .strict();
export type WarningSign = z.infer<typeof warningSignSchema>;

export const triageRuleSchema = z
  .object({
    id,
    level: warningLevel,
    /** What the interview must have learnt for the rule to apply. */
    when: z.union([
      z.object({ symptoms: z.array(id).min(1) }).strict(),
      z
        .object({
          factor: z.object({ question: z.string().min(1), values: z.array(z.string().min(1)).min(1) }).strict(),
        })
        .strict(),
      z.object({ context: z.enum(['pregnant', 'breastfeeding', 'child']) }).strict(),
    ]),
    /** Why, in a few words ("numbness or tingling"). */
    reason: text,
    advice: factSchema,
    /**
     * The warning sign that says the same thing at the same level or higher: when it is raised, the rule
     * adds nothing (one reason, one piece of advice).
     */
    coveredBy: id.optional(),
  })
  .strict();
export type TriageRule = z.infer<typeof triageRuleSchema>;

/** A band of values and the level it raises; its own source when it is not the range's. */
const band = z.union([
  z
    .object({
      below: z.number().positive(),
      level: warningLevel,
      source: z
        .string()
        .regex(/^[A-Z0-9_]+$/)
        .optional(),
    })
    .strict(),
  z
    .object({
      above: z.number().positive(),
      level: warningLevel,
      source: z
        .string()
        .regex(/^[A-Z0-9_]+$/)
        .optional(),
    })
    .strict(),
]);

export const labRangeSchema = z
  .object({
    nutrient: z.enum(['potassium', 'magnesium', 'calcium', 'vitaminD', 'vitaminB12']),
    /** How people name the test ("k", "vit d", "b12"). */
    names: z.array(text).min(1),
    /** The unit the ranges are in, assumed when none is given. */
    defaultUnit: text,
    /** Other units, the words that name them, and the factor to the default unit. */
    units: z
      .array(z.object({ unit: text, match: z.array(text).min(1), factor: z.number().positive() }).strict())
      .min(1),
    /** Without a unit, values below this are read in the given unit (calcium 2.1 is mmol/L, not mg/dL). */
    defaultUnitBelow: z.object({ value: z.number().positive(), unit: text }).strict().optional(),
    /** The usual adult range, in the default unit. */
    normal: z.tuple([z.number().positive(), z.number().positive()]),
    /** Values outside this are not read as a result at all (a typo, or a dose). */
    plausible: z.tuple([z.number().positive(), z.number().positive()]),
    /** Most severe first within each direction: the first band that matches sets the level. */
    bands: z.array(band).min(1),
    source: z.string().regex(/^[A-Z0-9_]+$/),
    /**
     * What the message may tell about the sample that changes how a result reads ("the sample might have been
     * haemolysed": potassium reads falsely high): said with the advice for a result in that direction.
     */
    /**
     * A result past a threshold told together with a symptom that shows it is acting on the body (a very low
     * calcium with cramping fingers): the level the message then needs, whatever the bands say.
     */
    withSymptoms: z
      .array(
        z
          .object({
            direction: z.enum(['low', 'high']),
            /** Past this value, in the default unit (below it when low, above it when high). */
            past: z.number().positive(),
            /** A regular expression over the message (lower case, one kind of apostrophe). */
            when: text,
            level: warningLevel,
            source: z.string().regex(/^[A-Z0-9_]+$/),
          })
          .strict(),
      )
      .optional(),
    caveats: z
      .array(
        z
          .object({
            direction: z.enum(['low', 'high']),
            /** A regular expression over the message (lower case, one kind of apostrophe). */
            when: text,
            text,
            source: z.string().regex(/^[A-Z0-9_]+$/),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
export type LabRange = z.infer<typeof labRangeSchema>;

export const triageFileSchema = z
  .object({
    /** How every reply heads each level: one vocabulary for the whole bot. */
    headlines: z.object({ emergency: text, today: text, soon: text, 'self-care': text }).strict(),
    /** What to do about a blood result at each level (the source is the lab range's). */
    labAdvice: z.object({ emergency: text, today: text, soon: text }).strict(),
    signs: z.array(warningSignSchema).min(1),
    rules: z.array(triageRuleSchema),
    labs: z.array(labRangeSchema),
    /** Words that mean "none of these" in a safety list. */
    noneWords: z.array(text).min(1),
  })
  .strict();
export type TriageModel = z.infer<typeof triageFileSchema>;

export const levelRank = (level: Level): number => LEVELS.indexOf(level);

/** The more urgent of two levels. */
export function higher(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}
