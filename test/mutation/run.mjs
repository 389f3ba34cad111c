// `npm run mutation` / `npm run mutation:safety`: Stryker chunk by chunk (see .stryker.config.mjs), then
// the scores. A chunk's results are kept as soon as it finishes, so an interrupted run loses one chunk at
// most, and a re-run re-tests only what changed. `node test/mutation/run.mjs safety triage` runs one chunk.
import { spawnSync } from 'node:child_process';
import { CHUNKS, SAFETY_CHUNKS } from '../../.stryker.config.mjs';

const [scope = 'all', ...only] = process.argv.slice(2);
const chunks = only.length ? only : scope === 'safety' ? SAFETY_CHUNKS : Object.keys(CHUNKS);
const started = Date.now();
for (const chunk of chunks) {
  const t = Date.now();
  const run = spawnSync('npx', ['stryker', 'run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_CHUNK: chunk },
  });
  console.log(`chunk ${chunk}: ${Math.round((Date.now() - t) / 1000)} s`);
  if (run.status !== 0) process.exit(run.status ?? 1);
}
console.log(`mutation testing took ${Math.round((Date.now() - started) / 60_000)} min`);
spawnSync('node', ['test/mutation/scores.mjs'], { stdio: 'inherit' });
