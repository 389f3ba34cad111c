/** The interview vignettes (vignettes.json), shared by the assess tests, the dialog tests and the bench. */
import data from './vignettes.json';

export interface Vignette {
  name: string;
  openingMessage: string;
  symptoms: string[];
  factors: Record<string, string>;
  triage: string[];
  expectedTop: string;
  expectedTriage: string;
}

// Imported rather than read from disk, so the compiled bench (dist/test) carries the file with it.
export const VIGNETTES: Vignette[] = (data as unknown as { vignettes: Vignette[] }).vignettes;
