/** Reads the SR28 fixture (test/fixtures/usda-sr28/ABBREV.foods.txt): one record per NDB number. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Sr28Record {
  ndb: string;
  description: string;
  /** Per 100 g; undefined where SR28 has no figure. */
  per100g: {
    carbohydrateG?: number;
    fiberG?: number;
    calciumMg?: number;
    magnesiumMg?: number;
    potassiumMg?: number;
    sodiumMg?: number;
    vitaminB12Mcg?: number;
    vitaminDMcg?: number;
  };
  /** The two household gram weights (GmWt_1/GmWt_Desc1, GmWt_2/GmWt_Desc2). */
  gramWeights: { grams: number; description: string }[];
}

// Positions in the 53 fields: NDB_No 0, Shrt_Desc 1, Carbohydrt_g 7, Fiber_TD_g 8, Calcium_mg 10,
// Magnesium_mg 12, Potassium_mg 14, Sodium_mg 15, Vit_B12_ug 31, Vit_D_ug 41, GmWt_1 48, GmWt_Desc1 49,
// GmWt_2 50, GmWt_Desc2 51.
const num = (field: string | undefined) => (field === undefined || field === '' ? undefined : Number(field));

export function readSr28Fixture(): Map<string, Sr28Record> {
  const text = readFileSync(join(__dirname, '../../fixtures/usda-sr28/ABBREV.foods.txt'), 'latin1');
  const records = new Map<string, Sr28Record>();
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const f = line.split('^').map((x) => x.replace(/^~|~$/g, ''));
    const gramWeights = [
      [48, 49],
      [50, 51],
    ]
      .filter(([g, d]) => f[g!] && f[d!])
      .map(([g, d]) => ({ grams: Number(f[g!]), description: f[d!]! }));
    records.set(f[0]!, {
      ndb: f[0]!,
      description: f[1]!,
      per100g: {
        carbohydrateG: num(f[7]),
        fiberG: num(f[8]),
        calciumMg: num(f[10]),
        magnesiumMg: num(f[12]),
        potassiumMg: num(f[14]),
        sodiumMg: num(f[15]),
        vitaminB12Mcg: num(f[31]),
        vitaminDMcg: num(f[41]),
      },
      gramWeights,
    });
  }
  return records;
}
