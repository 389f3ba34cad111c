/**
 * What the food table has no figures for, but people ask about: foods such as nutritional yeast or spirulina
 * (what matters about them, with sources), and the forms nutrients come in as supplements (magnesium citrate
 * or oxide, vitamin D2 or D3). Data in knowledge/data/productNotes.json; found by whole words, indexed by
 * their last word at load, so a message costs one map look-up per word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type NutrientId, nutrientIdSchema } from '../schema';
import { tokenize } from '../text';

const text = z.string().min(1);
const source = z.string().min(1);

const productNotesSchema = z
  .object({
    foods: z.array(
      z
        .object({
          id: z.string().min(1),
          name: text,
          names: z.array(text).min(1),
          facts: z.array(z.object({ nutrient: nutrientIdSchema, text, source }).strict()).min(1),
        })
        .strict(),
    ),
    forms: z.array(
      z
        .object({
          id: z.string().min(1),
          nutrient: nutrientIdSchema,
          name: text,
          names: z.array(text).min(1),
          text,
          source,
        })
        .strict(),
    ),
  })
  .strict();

export type ProductNotesData = z.infer<typeof productNotesSchema>;
export type FoodNote = ProductNotesData['foods'][number];
export type FormNote = ProductNotesData['forms'][number];

export interface ProductsFound {
  foods: FoodNote[];
  forms: FormNote[];
}

interface Entry {
  words: string[];
  food?: FoodNote;
  form?: FormNote;
}

export class ProductNotes {
  private readonly byLastWord = new Map<string, Entry[]>();

  constructor(readonly data: ProductNotesData) {
    const add = (name: string, entry: Omit<Entry, 'words'>) => {
      const words = tokenize(name);
      const last = words.at(-1);
      if (!last) return;
      const list = this.byLastWord.get(last) ?? [];
      list.push({ words, ...entry });
      this.byLastWord.set(last, list);
    };
    for (const food of data.foods) for (const n of food.names) add(n, { food });
    for (const form of data.forms) for (const n of form.names) add(n, { form });
  }

  /**
   * The foods and forms named in a message's tokens, each once, in order. A name inside a longer one is the
   * longer one's ("citrate" in "calcium citrate"); with nutrients named, only their forms count.
   */
  find(tokens: readonly string[], nutrients: readonly NutrientId[] = []): ProductsFound {
    const hits: { start: number; end: number; entry: Entry }[] = [];
    tokens.forEach((token, i) => {
      for (const entry of this.byLastWord.get(token) ?? []) {
        const start = i + 1 - entry.words.length;
        if (start >= 0 && entry.words.every((w, k) => tokens[start + k] === w)) hits.push({ start, end: i + 1, entry });
      }
    });
    const kept = hits.filter(
      (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
    );
    const foods = [...new Set(kept.flatMap((h) => (h.entry.food ? [h.entry.food] : [])))];
    const forms = [...new Set(kept.flatMap((h) => (h.entry.form ? [h.entry.form] : [])))].filter(
      (f) => !nutrients.length || nutrients.includes(f.nutrient),
    );
    return { foods, forms };
  }
}

export function loadProductNotes(dir: string = join(__dirname, '..', 'data')): ProductNotes {
  const raw: unknown = JSON.parse(readFileSync(join(dir, 'productNotes.json'), 'utf8'));
  return new ProductNotes(productNotesSchema.parse(raw));
}
