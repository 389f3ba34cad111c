/**
 * The shape of knowledge/data/medicines.json: drug classes that change the covered nutrients, with the
 * names people use for them. The one list both the questions and the symptom check read.
 */
import { z } from 'zod';
import { factSchema, nutrientIdSchema } from '../schema';

const text = z.string().trim().min(1);
const sourceId = z.string().regex(/^[A-Z0-9_]+$/);
const id = z.string().regex(/^[a-z0-9-]+$/);

export const MEDICINE_EFFECTS = ['lower', 'raise', 'spacing', 'interaction'] as const;
export type MedicineEffectKind = (typeof MEDICINE_EFFECTS)[number];

export const medicineEffectSchema = z
  .object({
    nutrient: nutrientIdSchema,
    /** lower or raise the body's level; spacing: take apart; interaction: another caution. */
    effect: z.enum(MEDICINE_EFFECTS),
    /** In plain words, for a person reading a chat. */
    text,
    sources: z.array(sourceId).min(1),
    /** How much a lowering effect weighs for the nutrient's candidate in the symptom check. */
    interviewPoints: z.number().int().min(1).max(5).optional(),
  })
  .strict()
  .refine((e) => e.interviewPoints === undefined || e.effect === 'lower', {
    message: 'only a lowering effect adds points in the symptom check',
    path: ['interviewPoints'],
  });
export type MedicineEffect = z.infer<typeof medicineEffectSchema>;

export const medicineSchema = z
  .object({
    id,
    /** The class as a pharmacist names it ("Proton pump inhibitors (PPIs)"). */
    name: text,
    /** The class as it reads mid-sentence to a person ("acid reflux medicines (PPIs)"). */
    plainName: text,
    /** Words for the class itself ("ppi", "water pill"). */
    aliases: z.array(text),
    /** Common generic names, each with brand names and other spellings (none for a class named only by its kind). */
    members: z.array(z.object({ generic: text, otherNames: z.array(text) }).strict()),
    effects: z.array(medicineEffectSchema).min(1),
    /** The source naming the class and its members. */
    source: sourceId,
    /** The symptom check's answer a mention of this medicine gives (question id and option value). */
    interview: z.object({ question: id, option: id }).strict().optional(),
    /** A muscle side effect of the medicine itself (statins), said with any answer about it. */
    muscle: factSchema.optional(),
  })
  .strict()
  .refine((m) => m.aliases.length + m.members.length > 0, {
    message: 'a medicine needs at least one name',
    path: ['aliases'],
  });
export type Medicine = z.infer<typeof medicineSchema>;

export const medicinesFileSchema = z
  .object({ about: text, medicines: z.array(medicineSchema).min(1) })
  .strict()
  .superRefine((file, ctx) => {
    const owner = new Map<string, string>();
    const ids = new Set<string>();
    file.medicines.forEach((m, i) => {
      if (ids.has(m.id))
        ctx.addIssue({ code: 'custom', path: ['medicines', i, 'id'], message: `duplicate id "${m.id}"` });
      ids.add(m.id);
      for (const name of medicineNames(m)) {
        const key = name.toLowerCase();
        const other = owner.get(key);
        if (other && other !== m.id)
          ctx.addIssue({ code: 'custom', path: ['medicines', i], message: `"${name}" also names ${other}` });
        owner.set(key, m.id);
      }
    });
  });
export type MedicinesFile = z.infer<typeof medicinesFileSchema>;

/** Every name a person may use for a medicine of the class: class words, generics, brands, spellings. */
export function medicineNames(m: Pick<Medicine, 'aliases' | 'members'>): string[] {
  return [...m.aliases, ...m.members.flatMap((x) => [x.generic, ...x.otherNames])];
}
