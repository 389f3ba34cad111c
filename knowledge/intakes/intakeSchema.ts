/**
 * The shape of knowledge/data/intakes.json: recommended intakes and upper limits for every life stage.
 * Age bands are written as the fact sheets write them ("14-18 years", "7-12 months", "51+ years") and
 * read into months here, so a person's age finds its row with one comparison.
 */
import { z } from 'zod';
import { factSchema, nutrientIdSchema } from '../schema';

const sourceId = z.string().regex(/^[A-Z0-9_]+$/);
const amount = z.number().positive();

/** An age band in months: from its first age up to (not including) `toMonths`; Infinity for "51+ years". */
export interface AgeBand {
  label: string;
  fromMonths: number;
  toMonths: number;
}

const BAND = /^(\d+)-(\d+) (months|years)$|^(\d+)\+ years$/;

/** "7-12 months" ends at the first birthday; "1-3 years" runs up to the fourth. */
export function parseAgeBand(label: string): AgeBand | undefined {
  const m = BAND.exec(label);
  if (!m) return undefined;
  if (m[4] !== undefined) return { label, fromMonths: Number(m[4]) * 12, toMonths: Infinity };
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (to < from) return undefined;
  if (m[3] === 'months') return { label, fromMonths: from, toMonths: to >= 12 ? 12 : to + 1 };
  return { label, fromMonths: from * 12, toMonths: (to + 1) * 12 };
}

const ageBand = z.string().transform((label, ctx): AgeBand => {
  const band = parseAgeBand(label);
  if (!band) {
    ctx.addIssue({ code: 'custom', message: `"${label}" is not an age band such as "14-18 years" or "51+ years"` });
    return z.NEVER;
  }
  return band;
});

/** Bands in order with no gap or overlap, each starting where the one before ends. */
function contiguous(bands: readonly AgeBand[], fromBirth: boolean): string | undefined {
  if (!bands.length) return undefined;
  if (fromBirth && bands[0]!.fromMonths !== 0) return `the first band must start at birth, not "${bands[0]!.label}"`;
  for (let i = 1; i < bands.length; i++)
    if (bands[i]!.fromMonths !== bands[i - 1]!.toMonths)
      return `"${bands[i - 1]!.label}" and "${bands[i]!.label}" leave a gap or overlap`;
  if (bands.at(-1)!.toMonths !== Infinity) return `the last band must be open-ended ("51+ years")`;
  return undefined;
}

export const intakeRowSchema = z
  .object({
    age: ageBand,
    male: amount,
    female: amount,
    /** By the mother's age; absent for bands where no pregnancy figure is set. */
    pregnancy: amount.optional(),
    lactation: amount.optional(),
    /** An Adequate Intake (no RDA could be set), as for babies and for potassium. */
    ai: z.literal(true).optional(),
  })
  .strict();
export type IntakeRow = z.infer<typeof intakeRowSchema>;

export const UPPER_LIMIT_SCOPES = ['supplements', 'total', 'none'] as const;
export type UpperLimitScope = (typeof UPPER_LIMIT_SCOPES)[number];

export const intakeTableSchema = z
  .object({
    nutrient: nutrientIdSchema,
    unit: z.enum(['mg', 'mcg']),
    /** International units per microgram, for vitamin D. */
    iuPerMcg: amount.optional(),
    source: sourceId,
    rows: z.array(intakeRowSchema).min(1),
    upperLimit: z
      .object({
        /** What the limit counts: supplements and medicines only, food and supplements together, or none set. */
        scope: z.enum(UPPER_LIMIT_SCOPES),
        note: factSchema,
        /** Ages without a row have no upper limit set (babies, for magnesium). */
        rows: z.array(z.object({ age: ageBand, value: amount }).strict()),
      })
      .strict(),
    /** Life-stage notes said with the figures ("older": from 51, "pregnancy", "child"). */
    notes: z.array(
      z
        .object({
          stage: z.enum(['older', 'pregnancy', 'breastfeeding', 'child']),
          text: z.string().trim().min(1),
          source: sourceId,
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((table, ctx) => {
    const rows = contiguous(
      table.rows.map((r) => r.age),
      true,
    );
    if (rows) ctx.addIssue({ code: 'custom', path: ['rows'], message: rows });
    const limits = contiguous(
      table.upperLimit.rows.map((r) => r.age),
      false,
    );
    if (limits) ctx.addIssue({ code: 'custom', path: ['upperLimit', 'rows'], message: limits });
    if ((table.upperLimit.scope === 'none') !== (table.upperLimit.rows.length === 0))
      ctx.addIssue({
        code: 'custom',
        path: ['upperLimit'],
        message: 'a limit with no rows has scope "none", and only then',
      });
    if ((table.nutrient === 'vitaminD') !== (table.iuPerMcg !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['iuPerMcg'],
        message: 'vitamin D, and only vitamin D, has international units',
      });
  });
export type IntakeTable = z.infer<typeof intakeTableSchema>;

export const intakesFileSchema = z
  .object({ about: z.string().min(1), nutrients: z.array(intakeTableSchema).min(1) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.nutrients.forEach((t, i) => {
      if (seen.has(t.nutrient))
        ctx.addIssue({ code: 'custom', path: ['nutrients', i, 'nutrient'], message: `"${t.nutrient}" appears twice` });
      seen.add(t.nutrient);
    });
  });
export type IntakesFile = z.infer<typeof intakesFileSchema>;
