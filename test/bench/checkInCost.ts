/**
 * Section 9: what check-ins and feedback cost a turn. The same in-process Q&A turns through the turn
 * runner (Teams personal chat, so every answer carries Teams' feedback flag), with the bot as it was
 * (no scheduler, no insights) and with both on: 10,000 check-ins waiting in the store and the scheduler
 * polling every 50 ms, far more often than the default 30 s, so any interference shows. Then the cost of
 * one poll over those 10,000 with nothing due, and of one sending 20 due check-ins.
 */
import { type Activity, TestAdapter, type TurnContext } from 'botbuilder';
import { createBot } from '../../dialogs/createBot';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { CheckInService, type ProactiveChannel } from '../../src/checkins/checkInScheduler';
import { type CheckInJob, InProcessCheckInStore } from '../../src/checkins/checkInStore';
import { InProcessInsightsStore } from '../../src/insights/insightsStore';
import { TeamInsights } from '../../src/insights/teamInsights';
import { createLogger } from '../../src/logger';
import { InProcessStorage } from '../../src/state/inProcessStorage';
import { RateLimiter } from '../../src/state/rateLimiter';
import { InProcessTurnLocks } from '../../src/state/turnLocks';
import { createTurnRunner } from '../../src/turnRunner';
import { QA_QUESTIONS } from './questions';
import { fmt, median, printTable } from './stats';

const TURNS = 6_000;
const WARM_UP = 1_500;
const CONVERSATIONS = 20;
const WAITING = 10_000;
const DAY = 86_400_000;

function waitingJob(i: number, dueAt: number): CheckInJob {
  return {
    id: `bench-${i}`,
    conversationKey: `msteams/bench-${i}`,
    via: 'bench',
    reference: { channelId: 'msteams', conversation: { id: `bench-${i}` } as never },
    dueAt,
    check: { takenAt: 0, answers: { symptoms: ['twitching'], factors: {}, triage: [] }, level: 'self-care', round: 0 },
    attempts: 0,
  };
}

function runner(withCheckIns: boolean) {
  const kb = createKnowledgeBase();
  const logger = createLogger('silent');
  const locks = new InProcessTurnLocks();
  const limiter = new RateLimiter({ burst: 1_000_000, perMinute: 1_000_000 });
  if (!withCheckIns) {
    const { bot } = createBot(kb, new InProcessStorage());
    return { run: createTurnRunner(bot, locks, limiter, logger), stop: async () => undefined };
  }
  const clock = { now: () => Date.now() };
  const store = new InProcessCheckInStore();
  const insights = new TeamInsights({
    store: new InProcessInsightsStore(),
    clock,
    logger,
    commentDays: 30,
    keepTextDays: 0,
    scrub: (t) => t,
  });
  const scheduler = new CheckInService({
    store,
    clock,
    logger,
    locks,
    deliver: async () => 'sent',
    viaOf: () => 'bench',
    channels: new Map(),
  });
  for (let i = 0; i < WAITING; i++) void store.put(waitingJob(i, Date.now() + 14 * DAY));
  const { bot } = createBot(kb, new InProcessStorage(), { clock, insights, checkIns: scheduler });
  scheduler.start(50);
  return { run: createTurnRunner(bot, locks, limiter, logger), stop: () => scheduler.stop() };
}

/** Microseconds per turn. */
async function turns(logic: (context: TurnContext) => Promise<void>, offset: number): Promise<number[]> {
  const adapters = Array.from(
    { length: CONVERSATIONS },
    (_, i) =>
      new TestAdapter(logic, {
        channelId: 'msteams',
        conversation: { id: `checkins-${offset}-${i}`, conversationType: 'personal' },
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

/** Milliseconds for one poll: over WAITING check-ins none of which is due, and with 20 due ones sent. */
async function pollCost(): Promise<{ idleMs: number; sendingMs: number }> {
  const store = new InProcessCheckInStore();
  const now = Date.now();
  for (let i = 0; i < WAITING; i++) await store.put(waitingJob(i, now + 14 * DAY));
  const channel: ProactiveChannel = { continue: async (_job, logic) => logic({} as TurnContext) };
  const scheduler = new CheckInService({
    store,
    clock: { now: () => Date.now() },
    logger: createLogger('silent'),
    locks: new InProcessTurnLocks(),
    deliver: async () => 'sent',
    viaOf: () => 'bench',
    channels: new Map([['bench', channel]]),
  });
  const idle: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    await scheduler.poll();
    idle.push(performance.now() - start);
  }
  const sending: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (let i = 0; i < 20; i++) await store.put(waitingJob(WAITING + round * 20 + i, now - 1));
    const start = performance.now();
    await scheduler.poll();
    sending.push(performance.now() - start);
  }
  return { idleMs: median(idle), sendingMs: median(sending) };
}

export async function benchCheckIns(): Promise<{ turnRatio: number }> {
  const off = runner(false);
  const on = runner(true);
  const offRuns: number[] = [];
  const onRuns: number[] = [];
  for (let round = 0; round < 3; round++) {
    offRuns.push(median(await turns(off.run, round * 2)));
    onRuns.push(median(await turns(on.run, round * 2 + 1)));
  }
  await on.stop();
  const [offP50, onP50] = [median(offRuns), median(onRuns)];
  const poll = await pollCost();
  const turnRatio = onP50 / offP50;
  printTable(
    '9. Check-ins and feedback: in-process Q&A turn through the turn runner, without and with them; one poll',
    ['what', 'value'],
    [
      { name: 'Q&A turn p50, bot without check-ins or feedback (baseline)', cells: [`${fmt(offP50, 1)} µs`] },
      {
        name: `Q&A turn p50, with them (${WAITING.toLocaleString('en')} check-ins waiting, polling every 50 ms)`,
        cells: [`${fmt(onP50, 1)} µs`],
      },
      { name: 'per-turn cost, ratio to the baseline', cells: [`${fmt(onP50 - offP50, 1)} µs, ${fmt(turnRatio, 2)}x`] },
      {
        name: `one poll, nothing due among ${WAITING.toLocaleString('en')}, p50`,
        cells: [`${fmt(poll.idleMs, 2)} ms`],
      },
      { name: 'one poll sending 20 due check-ins, p50', cells: [`${fmt(poll.sendingMs, 2)} ms`] },
    ],
  );
  return { turnRatio };
}
