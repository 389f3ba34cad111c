/**
 * `npm run bench` (not part of npm test): every figure of the performance issue in one run, each as a
 * ratio against a baseline measured in the same run, then the targets met or missed.
 *
 *   BENCH_QUICK=1 npm run bench    shorter HTTP rounds and fewer conversations, for a quick look
 *   BENCH_ONLY=3,8 npm run bench   only these sections (targets of sections not run are left out)
 */
import os from 'node:os';
import { TestAdapter } from 'botbuilder';
import { createBot } from '../../dialogs/createBot';
import { candidateName } from '../../dialogs/interview/assessmentReply';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { UTTERANCES } from '../knowledge/recognizerUtterances';
import { VIGNETTES } from '../knowledge/scoring/vignettes';
import { playInterview, rankedInResult } from '../support/interviewDriver';
import { benchHttp } from './http';
import { benchMatching } from './matching';
import { benchMemory } from './memory';
import { benchCheckIns } from './checkInCost';
import { benchMetrics } from './metricsCost';
import { benchShortcuts } from './shortcutsAblation';
import { benchStartup } from './startup';
import { fmt } from './stats';
import { benchTurns } from './turns';

const quick = process.env.BENCH_QUICK === '1';
const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean).map(Number));
const runs = (section: number) => only.size === 0 || only.has(section);
/** Runs a section when selected; its result, or undefined when left out. */
const section = <T>(n: number, bench: () => Promise<T> | T): Promise<T | undefined> =>
  runs(n) ? Promise.resolve(bench()) : Promise.resolve(undefined);

async function accuracy(): Promise<void> {
  const kb = createKnowledgeBase();
  const recognizer = new Recognizer(kb);
  const correct = UTTERANCES.filter((u) => {
    const rec = recognizer.recognize(u.text, { previousIntent: u.previous });
    const food = rec.foods[0] ? kb.food(rec.foods[0]) : undefined;
    return (
      rec.intent === u.intent &&
      (!u.nutrient || rec.nutrients[0] === u.nutrient) &&
      (!u.food || food?.name.toLowerCase().includes(u.food.toLowerCase())) &&
      (!u.diet || rec.diet === u.diet)
    );
  }).length;
  let top1 = 0;
  let top3 = 0;
  let questions = 0;
  for (const v of VIGNETTES) {
    const { bot } = createBot(kb);
    const run = await playInterview(new TestAdapter(async (context) => bot.run(context)), kb, v);
    const ranked = rankedInResult(run.resultText);
    const expected = candidateName(kb, v.expectedTop);
    if (ranked[0] === expected) top1++;
    if (ranked.slice(0, 3).includes(expected)) top3++;
    questions += run.questionsAsked.length;
  }
  console.log(
    `\n6. Accuracy (regression figures on the project's own tables): recogniser ${correct}/${UTTERANCES.length}; ` +
      `interview vignettes top-1 ${top1}/${VIGNETTES.length}, top-3 ${top3}/${VIGNETTES.length}, ` +
      `${fmt(questions / VIGNETTES.length, 1)} adaptive questions on average`,
  );
}

async function main(): Promise<void> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `nutribot bench: Node ${process.version}, ${os.cpus().length} × ${cpu}, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, ${os.platform()} ${os.release()}${quick ? ' (quick)' : ''}`,
  );
  const httpOptions = quick ? { rounds: 2, seconds: 3, connections: 10 } : { rounds: 3, seconds: 8, connections: 10 };
  const matching = await section(1, benchMatching);
  const turns = await section(2, benchTurns);
  const http = await section(3, () => benchHttp(httpOptions));
  const memory = await section(4, () => benchMemory(quick ? 2_000 : 10_000));
  const startup = await section(5, () => benchStartup(quick ? 2 : 5));
  await section(6, accuracy);
  const metrics = await section(7, benchMetrics);
  await section(8, () => benchShortcuts(httpOptions, quick ? 2 : 3, quick));
  const checkIns = await section(9, benchCheckIns);

  const targets: [string, boolean, string][] = [];
  if (http) {
    targets.push(['a/b ≥ 1.0 (bot Q&A req/s ÷ echo bot req/s)', http.botOverEcho >= 1, `${fmt(http.botOverEcho, 2)}`]);
    targets.push([
      'a/d ≥ 0.95 (check-ins and feedback on ÷ off, HTTP req/s)',
      http.checkInsRatio >= 0.95,
      `${fmt(http.checkInsRatio, 2)}`,
    ]);
  }
  if (matching)
    targets.push([
      'recogniser p99 < 200 µs',
      matching.recogniserP99 < 200,
      `${fmt(matching.recogniserP99, 1)} µs, each message's best of three first-seen readings (one reading: ` +
        `${fmt(matching.oneReadingP99, 1)} µs; a fixed loop as long as its p50, on this machine now: ${fmt(matching.controlP99, 1)} µs)`,
    ]);
  if (turns)
    targets.push([
      'in-process Q&A turn p99 < 2 ms',
      turns.qaP99Ms < 2,
      `${fmt(turns.qaP99Ms, 3)} ms, each turn's best of three runs (the first run alone: ${fmt(turns.qaFirstRunP99Ms, 3)} ms)`,
    ]);
  if (memory)
    targets.push([
      'state < 2 KB per conversation (mid-interview)',
      memory.interviewStateBytes < 2048,
      `${memory.interviewStateBytes} B`,
    ]);
  if (startup) targets.push(['start-up < 1 s', startup.botMs < 1000, `${fmt(startup.botMs, 0)} ms`]);
  if (metrics) {
    targets.push(['counting < 50 µs per turn', metrics.countingMicros < 50, `${fmt(metrics.countingMicros, 1)} µs`]);
    targets.push(['a scrape of /metrics < 10 ms', metrics.scrapeMs < 10, `${fmt(metrics.scrapeMs, 2)} ms`]);
  }
  if (checkIns)
    targets.push([
      'check-ins and feedback ≤ 1.05x a Q&A turn',
      checkIns.turnRatio <= 1.05,
      `${fmt(checkIns.turnRatio, 2)}x`,
    ]);
  console.log('\nTargets');
  for (const [name, met, value] of targets) console.log(`${met ? 'met   ' : 'MISSED'}  ${name}: ${value}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
