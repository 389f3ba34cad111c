/**
 * In-process turns of the bot as production wires it (the in-process store, its state classes) with some of
 * its shortcuts replaced by botbuilder's own way (BENCH_WITHOUT, see ../shortcuts.ts). Prints one JSON line:
 * p50 and p99 in microseconds of Q&A turns and of interview turns, and a hash of every reply (text, cards,
 * suggestions), which must not change when a shortcut is replaced. BENCH_QUICK=1 runs fewer turns.
 */
import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { createBot } from '../../../dialogs/createBot';
import { createKnowledgeBase } from '../../../knowledge/knowledgeBase';
import { loadConfig } from '../../../src/config';
import { Readiness } from '../../../src/health/readiness';
import { createLogger } from '../../../src/logger';
import { createStateStore } from '../../../src/state/createStateStore';
import { applyWithout } from '../shortcuts';
import { median, percentile } from '../stats';
import { INTERVIEW_SCRIPT } from '../questions';
import { interviewTurns, qaTurns } from '../turns';

async function main(): Promise<void> {
  applyWithout(process.env.BENCH_WITHOUT);
  const quick = process.env.BENCH_QUICK === '1';
  const config = loadConfig({ STORAGE: 'memory' });
  const store = await createStateStore(config, new Readiness(), createLogger('silent'));
  const { bot } = createBot(createKnowledgeBase(), store.storage);
  const logic = (context: Parameters<typeof bot.run>[0]) => bot.run(context);
  const replies = createHash('sha256');
  const watch = (activities: Partial<Activity>[]) => {
    for (const { text, attachments, suggestedActions } of activities)
      replies.update(JSON.stringify({ text, attachments, suggestedActions }));
  };
  // CPU time per turn (warm-up included) beside the wall-clock percentiles: steadier when other processes
  // load the machine.
  const measured = async (turnsRun: number, turns: () => Promise<number[]>) => {
    const cpu = process.cpuUsage();
    const samples = await turns();
    const used = process.cpuUsage(cpu);
    return { p50: median(samples), p99: percentile(samples, 99), cpu: (used.user + used.system) / turnsRun };
  };
  const qaTurnsRun = quick ? 2_000 : 4_000;
  const interviews = quick ? 100 : 200;
  const qa = await measured(qaTurnsRun + 1_000, () => qaTurns(logic, qaTurnsRun, 1_000, watch));
  const interview = await measured((interviews + 50) * INTERVIEW_SCRIPT.length, () =>
    interviewTurns(logic, interviews, 50, watch),
  );
  console.log(JSON.stringify({ qa, interview, replies: replies.digest('hex') }));
}

void main();
