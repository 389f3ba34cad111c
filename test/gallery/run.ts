/** `npm run gallery`: every reply kind as pictures in docs/gallery/ (Web Chat; Adaptive Cards, Teams light and dark). */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { renderGallery } from './gallery';

const OUT = 'docs/gallery';

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // Pictures of replies that no longer exist must not linger.
  for (const file of readdirSync(OUT, { withFileTypes: true }).filter((f) => f.name.endsWith('.png')))
    rmSync(join(OUT, file.name));
  const { pictures, problems } = await renderGallery(OUT);
  let count = 0;
  for (const [name, files] of pictures) {
    count += files.length;
    console.log(`${name}: ${files.join(', ')}`);
  }
  console.log(`${count} pictures in ${OUT}/`);
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
