/** The interview vignettes (vignettes.json), shared by the assess tests, the dialog tests and the bench. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Vignette {
  name: string;
  openingMessage: string;
  symptoms: string[];
  factors: Record<string, string>;
  triage: string[];
  expectedTop: string;
  expectedTriage: string;
}

export const VIGNETTES: Vignette[] = (
  JSON.parse(readFileSync(join(__dirname, 'vignettes.json'), 'utf8')) as { vignettes: Vignette[] }
).vignettes;
