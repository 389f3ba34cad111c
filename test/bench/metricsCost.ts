/**
 * Section 7: what metrics cost. The per-turn cost of counting (the same in-process Q&A turns through the
 * turn runner, metrics off and on: turn counter and histogram, storage timing, the interview and
 * red-flag observer), and the cost of one scrape of GET /metrics's text after those turns.
 */
import { type Activity, TestAdapter, type TurnContext } from 'botbuilder';
import { createBot } from '../../dialogs/createBot';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { createLogger } from '../../src/logger';
import { type BotMetrics, noMetrics } from '../../src/metrics/botMetrics';
import { measureStorage } from '../../src/metrics/measuredStorage';
import { createPrometheusMetrics } from '../../src/metrics/prometheusMetrics';
import { observeTurnEvents } from '../../src/metrics/turnEvents';
import { InProcessStorage } from '../../src/state/inProcessStorage';
import { RateLimiter } from '../../src/state/rateLimiter';
import { InProcessTurnLocks } from '../../src/state/turnLocks';
import { createTurnRunner } from '../../src/turnRunner';
import { QA_QUESTIONS } from './questions';
import { fmt, median, printTable } from './stats';

const TURNS = 6_000;
const WARM_UP = 1_500;
const CONVERSATIONS = 20;

function runner(metrics: BotMetrics | undefined) {
  const kb = createKnowledgeBase();
  const storage = new InProcessStorage();
  const { bot, deps } = createBot(kb, metrics ? measureStorage(storage, metrics) : storage);
  const limiter = new RateLimiter({ burst: 1_000_000, perMinute: 1_000_000 });
  const observe = metrics ? observeTurnEvents(deps, metrics) : undefined;
  return createTurnRunner(
    bot,
    new InProcessTurnLocks(),
    limiter,
    createLogger('silent'),
    metrics ?? noMetrics,
    observe,
  );
}

/** Microseconds per turn; off and on alternate in blocks so drift affects both alike. */
async function turns(logic: (context: TurnContext) => Promise<void>, offset: number): Promise<number[]> {
  const adapters = Array.from(
    { length: CONVERSATIONS },
    (_, i) =>
      new TestAdapter(logic, {
        channelId: 'msteams',
        conversation: { id: `metrics-${offset}-${i}`, conversationType: 'personal' },
      } as Partial<Activity> as never),
  );
  const samples: number[] = [];
  for (let i = 0; i < TURNS + WARM_UP; i++) {
    const adapter = adapters[i % CONVERSATIONS]!;
    const start = performance.now();
    await adapter.receiveActivity(QA_QUESTIONS[i % QA_QUESTIONS.length]!);
    if (i >= WARM_UP) samples.push((performance.now() - start) * 1000);
    adapter.activeQueue.splice(0);
  }
  return samples;
}

export async function benchMetrics(): Promise<{ countingMicros: number; scrapeMs: number }> {
  const prometheus = createPrometheusMetrics();
  const off = runner(undefined);
  const on = runner(prometheus);
  const offRuns: number[] = [];
  const onRuns: number[] = [];
  for (let round = 0; round < 3; round++) {
    offRuns.push(median(await turns(off, round * 2)));
    onRuns.push(median(await turns(on, round * 2 + 1)));
  }
  const [offP50, onP50] = [median(offRuns), median(onRuns)];
  const scrapes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    bytes = (await prometheus.registry.metrics()).length;
    scrapes.push(performance.now() - start);
  }
  const scrapeMs = median(scrapes.slice(20));
  printTable(
    '7. Metrics (METRICS=on): in-process Q&A turn through the turn runner, metrics off and on; one scrape of /metrics',
    ['what', 'value'],
    [
      { name: 'Q&A turn p50, metrics off', cells: [`${fmt(offP50, 1)} µs`] },
      { name: 'Q&A turn p50, metrics on', cells: [`${fmt(onP50, 1)} µs`] },
      { name: 'per-turn cost of counting', cells: [`${fmt(onP50 - offP50, 1)} µs`] },
      { name: `scrape (registry text, ${fmt(bytes / 1024, 1)} KB), p50`, cells: [`${fmt(scrapeMs, 2)} ms`] },
    ],
  );
  return { countingMicros: onP50 - offP50, scrapeMs };
}
