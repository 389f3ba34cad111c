/**
 * `npm run eval [questions] [dev|dev2|...|test] [--fail]`: accuracy per kind on a split of a blind corpus (the safety
 * corpus by default, `questions` for everyday nutrition questions), and the simulated patients of that split.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { type Corpus, type Split, loadCases, loadPatients, runCase, runPatient, summarise } from './evaluate';

async function main() {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const corpus: Corpus = args.includes('questions') ? 'questions' : 'safety';
  const split: Split = args.find((a) => /^(dev\d*|test)$/.test(a)) ?? (corpus === 'questions' ? 'dev' : 'test');
  if (!existsSync(join(__dirname, `${corpus}.${split}.json`))) {
    console.error(`No corpus file ${corpus}.${split}.json in test/eval.`);
    process.exitCode = 2;
    return;
  }
  const showFailures = process.argv.includes('--fail');
  const kb = createKnowledgeBase();
  const results = [];
  for (const c of loadCases(split, corpus)) results.push(await runCase(kb, c));
  const s = summarise(results);
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`Blind ${corpus} corpus, ${split} split (${results.length} utterances)`);
  console.log('kind'.padEnd(18), 'right'.padStart(9), 'share'.padStart(8));
  for (const [kind, k] of [...s.byKind].sort())
    console.log(kind.padEnd(18), `${k.pass}/${k.total}`.padStart(9), pct(k.pass, k.total).padStart(8));
  console.log(
    'all'.padEnd(18),
    `${s.total.pass}/${s.total.total}`.padStart(9),
    pct(s.total.pass, s.total.total).padStart(8),
  );
  console.log(
    `red flags caught: ${s.redFlags.caught}/${s.redFlags.total}; false alarms: ${s.falseAlarms.count} (negated cases: ${s.falseAlarms.negated}); confident wrong answers: ${s.confidentWrong}`,
  );
  if (showFailures)
    for (const r of results.filter((x) => !x.pass))
      console.log(`\n[${r.id}] ${r.why.join('; ')}\n  ${r.reply.replace(/\n/g, '\n  ').slice(0, 600)}`);

  if (corpus !== 'safety' || !existsSync(join(__dirname, `patients.${split}.json`))) return;
  const patients = [];
  for (const p of loadPatients(split)) patients.push(await runPatient(kb, p));
  const withTop = patients.filter((p) => p.topOk !== undefined);
  console.log(
    `\nSimulated patients, ${split} split (${patients.length}): triage at or above the expected level ${patients.filter((p) => p.levelOk).length}/${patients.length}; top-1 right ${withTop.filter((p) => p.topOk).length}/${withTop.length} (${patients.length - withTop.length} ended with emergency advice, no ranking)`,
  );
  if (showFailures)
    for (const p of patients.filter((x) => !x.levelOk || x.topOk === false))
      console.log(
        `\n[${p.id}] level ${p.level} ok=${p.levelOk} top=${p.top} ok=${p.topOk}\n  ${p.transcript.join('\n  ').slice(-1500)}`,
      );
}

void main();
