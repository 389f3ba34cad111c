/**
 * Section 5: start-up. Time from spawning the process to the first answered POST /api/messages, for
 * the bot (as `npm start` runs it, from dist/) and for the echo bot and bare restify as baselines.
 */
import { messageActivity } from './activities';
import { ServerProcess } from '../support/serverProcess';
import { fmt, median, printTable, ratio } from './stats';

async function firstAnswerMs(script: string, env: Record<string, string> = {}): Promise<number> {
  const server = new ServerProcess(script, script, env);
  try {
    const spawnedAt = await server.start();
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: messageActivity('what foods have potassium?', 1, 1),
    });
    await response.text();
    if (!response.ok) throw new Error(`${script} answered ${response.status}`);
    return performance.now() - spawnedAt;
  } finally {
    await server.stop();
  }
}

export async function benchStartup(runs: number): Promise<{ botMs: number }> {
  const results: { name: string; ms: number }[] = [];
  for (const [name, script, env] of [
    ['baseline: botbuilder echo bot', 'dist/test/bench/servers/echoBot.js', {}],
    ['bare restify', 'dist/test/bench/servers/bareRestify.js', {}],
    // Default settings, plus the Teams service URL the bench's activity names (see http.ts).
    [
      'this bot (node dist/src/index.js, default settings)',
      'dist/src/index.js',
      { ALLOWED_SERVICE_URLS: 'https://smba.trafficmanager.net' },
    ],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await firstAnswerMs(script, env));
    results.push({ name, ms: median(samples) });
  }
  const echo = results[0]!.ms;
  printTable(
    `5. Start-up: process spawn to the first answered request, median of ${runs}`,
    ['what', 'ms', 'x echo'],
    results.map((r) => ({ name: r.name, cells: [fmt(r.ms, 0), ratio(r.ms, echo)] })),
  );
  return { botMs: results[2]!.ms };
}
