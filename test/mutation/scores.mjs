// Prints the mutation scores of a Stryker run by group (the safety files, knowledge/ as a whole) and per
// file, from its JSON report: `node test/mutation/scores.mjs all|safety`.
// `--seed-safety` starts the safety run's incremental file from the full run's results when it has none
// yet (or an older one), so `npm run mutation:safety` after `npm run mutation` re-tests nothing unchanged.
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { SAFETY_FILES } from '../../.stryker.config.mjs';

const DIR = 'reports/mutation';

/** Stryker's mutation score: detected / (detected + undetected); ignored and invalid mutants don't count. */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** The globs in SAFETY_FILES: folders ("dir/**" + "/*.ts") and single files. */
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '\u0000')
      .replace(/\*/g, '[^/]*')
      .replace(/\u0000/g, '(?:.*/)?')}$`,
  );
const safety = SAFETY_FILES.map(globToRegExp);
const isSafety = (file) => safety.some((re) => re.test(file));

function tally(files) {
  const t = { detected: 0, undetected: 0, survived: 0, noCoverage: 0, timeout: 0 };
  for (const [, file] of files)
    for (const m of file.mutants) {
      if (DETECTED.has(m.status)) t.detected++;
      if (UNDETECTED.has(m.status)) t.undetected++;
      if (m.status === 'Survived') t.survived++;
      if (m.status === 'NoCoverage') t.noCoverage++;
      if (m.status === 'Timeout') t.timeout++;
    }
  const total = t.detected + t.undetected;
  return { ...t, total, score: total ? (100 * t.detected) / total : NaN };
}

const line = (name, t) =>
  `${name.padEnd(44)} ${t.score.toFixed(2).padStart(6)}%  ${String(t.detected).padStart(5)} detected  ${String(
    t.survived,
  ).padStart(4)} survived  ${String(t.noCoverage).padStart(4)} no coverage  (${t.timeout} by timeout)`;

function report(scope) {
  const path = `${DIR}/${scope}.json`;
  if (!existsSync(path)) throw new Error(`${path} not found: run npm run mutation first`);
  const files = Object.entries(JSON.parse(readFileSync(path, 'utf8')).files).sort(([a], [b]) => a.localeCompare(b));
  const groups = [
    ['safety files (target >= 85%)', files.filter(([f]) => isSafety(f))],
    ['knowledge/ (target >= 70%)', files.filter(([f]) => f.startsWith('knowledge/'))],
    ['everything mutated', files],
  ].filter(([, list]) => list.length);
  console.log('\nMutation score by group');
  for (const [name, list] of groups) console.log(line(name, tally(list)));
  console.log('\nBy file');
  for (const entry of files) console.log(line(entry[0], tally([entry])));
}

const arg = process.argv[2];
if (arg === '--seed-safety') {
  const all = `${DIR}/all.incremental.json`;
  const own = `${DIR}/safety.incremental.json`;
  if (existsSync(all) && (!existsSync(own) || statSync(own).mtimeMs < statSync(all).mtimeMs)) copyFileSync(all, own);
} else {
  report(arg === 'safety' ? 'safety' : 'all');
}
