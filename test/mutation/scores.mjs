// Prints the mutation scores of the chunks' JSON reports (reports/mutation/<chunk>.json) by group (the
// safety files, knowledge/ as a whole) and per file: `node test/mutation/scores.mjs`.
import { existsSync, readFileSync } from 'node:fs';
import { CHUNKS, SAFETY_CHUNKS } from '../../.stryker.config.mjs';

const DIR = 'reports/mutation';

/** Stryker's mutation score: detected / (detected + undetected); ignored and invalid mutants don't count. */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

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

const files = [];
const safety = new Set();
const missing = [];
for (const chunk of Object.keys(CHUNKS)) {
  const path = `${DIR}/${chunk}.json`;
  if (!existsSync(path)) {
    missing.push(chunk);
    continue;
  }
  for (const entry of Object.entries(JSON.parse(readFileSync(path, 'utf8')).files)) {
    files.push(entry);
    if (SAFETY_CHUNKS.includes(chunk)) safety.add(entry[0]);
  }
}
files.sort(([a], [b]) => a.localeCompare(b));
const groups = [
  ['safety files (target >= 85%)', files.filter(([f]) => safety.has(f))],
  ['knowledge/ (target >= 70%)', files.filter(([f]) => f.startsWith('knowledge/'))],
  ['everything mutated', files],
].filter(([, list]) => list.length);
console.log('\nMutation score by group (static mutants ignored)');
for (const [name, list] of groups) console.log(line(name, tally(list)));
console.log('\nBy file');
for (const entry of files) console.log(line(entry[0], tally([entry])));
if (missing.length) console.log(`\nNot measured yet (no report): ${missing.join(', ')}`);
