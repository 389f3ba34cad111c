/**
 * Section 3: HTTP. autocannon against POST /api/messages (expectReplies) of four servers, each in its
 * own process: (a) this bot answering Q&A, (b) botbuilder's echo bot as the samples build it, (c) bare
 * restify returning a fixed JSON reply, (d) this bot with check-ins and feedback off. After a warm-up, the servers are loaded one at a time, in a
 * rotating order, for several rounds; the medians of the rounds are reported.
 */
import autocannon from 'autocannon';
import { messageActivity } from './activities';
import { QA_QUESTIONS } from './questions';
import { varyQuestions } from './utterances';
import { ServerProcess } from '../support/serverProcess';
import { fmt, median, printTable, ratio } from './stats';

export interface HttpOptions {
  rounds: number;
  seconds: number;
  connections: number;
}

/** Enough conversations that no single one is hot; the same bodies go to all three servers. */
export const CONVERSATIONS = 1_000;
/**
 * The questions as people type them (typos, casing, padding): many variants, so the recogniser reads
 * a different message on most requests; the answers themselves come from a small set.
 */
const TEXTS = varyQuestions(QA_QUESTIONS, 5_000, 7);
/** Node stops checking the Buffer() deprecation after 10,000 calls: a warm-up past it measures the steady state. */
export const WARM_UP_REQUESTS = 12_000;

export interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server's CPU time per request (µs), where the platform tells it. */
  cpuPerRequest?: number;
}

/** Requests sent so far, across servers and rounds: each run continues through the texts. */
let sent = 0;

export function load(server: ServerProcess, options: HttpOptions, amount?: number): Promise<Run> {
  const cpuBefore = server.cpuMs();
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${server.url}/api/messages`,
        method: 'POST',
        connections: options.connections,
        ...(amount ? { amount } : { duration: options.seconds }),
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            setupRequest: (request) => {
              const i = sent++;
              return {
                ...request,
                body: messageActivity(TEXTS[i % TEXTS.length]!, i % CONVERSATIONS, i),
              };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const cpuAfter = server.cpuMs();
        resolve({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts + result.non2xx,
          ...(cpuBefore !== undefined && cpuAfter !== undefined && result.requests.total
            ? { cpuPerRequest: ((cpuAfter - cpuBefore) * 1000) / result.requests.total }
            : {}),
        });
      },
    );
  });
}

/** The bot's settings in the bench: local mode, in-process state, limits out of the way. */
export const BOT_ENV: Record<string, string> = {
  STORAGE: 'memory',
  WEB_CHAT: 'off',
  LOG_LEVEL: 'info',
  // Metrics on: the ratio to the echo bot includes the cost of counting every turn.
  METRICS: 'on',
  // Check-ins (the scheduler polling in the background) and the feedback controls on, as by default.
  CHECKINS: 'on',
  FEEDBACK: 'on',
  // The limiter still runs on every turn; the bench's 1,000 conversations just must not trip it.
  RATE_LIMIT_BURST: '10000',
  RATE_LIMIT_PER_MINUTE: '100000',
  // The bodies name Teams' service URL as a channel would; in local mode the bot sends replies only to
  // the loopback or a listed origin, so it is listed (the check still runs on every request).
  ALLOWED_SERVICE_URLS: 'https://smba.trafficmanager.net',
};

export async function benchHttp(options: HttpOptions): Promise<{ botOverEcho: number; checkInsRatio: number }> {
  const servers = [
    new ServerProcess('(a) this bot, Q&A turn, metrics on', 'dist/src/index.js', BOT_ENV),
    new ServerProcess('(b) botbuilder echo bot', 'dist/test/bench/servers/echoBot.js'),
    new ServerProcess('(c) bare restify, fixed JSON', 'dist/test/bench/servers/bareRestify.js'),
    // The same bot without check-ins (no scheduler polling) and without the feedback controls: the
    // baseline for what those cost a request.
    new ServerProcess('(d) this bot, check-ins and feedback off', 'dist/src/index.js', {
      ...BOT_ENV,
      CHECKINS: 'off',
      FEEDBACK: 'off',
    }),
  ];
  const runs = new Map<ServerProcess, Run[]>(servers.map((s) => [s, []]));
  try {
    for (const server of servers) await server.start();
    for (const server of servers) await load(server, options, WARM_UP_REQUESTS);
    for (let round = 0; round < options.rounds; round++) {
      for (let k = 0; k < servers.length; k++) {
        const server = servers[(round + k) % servers.length]!;
        runs.get(server)!.push(await load(server, options));
      }
    }
  } finally {
    for (const server of servers) await server.stop();
  }

  const summary = servers.map((s) => {
    const r = runs.get(s)!;
    return {
      name: s.name,
      rps: median(r.map((x) => x.rps)),
      p50: median(r.map((x) => x.p50)),
      p99: median(r.map((x) => x.p99)),
      errors: r.reduce((sum, x) => sum + x.errors, 0),
      each: r.map((x) => fmt(x.rps, 0)).join(' / '),
    };
  });
  const [bot, echo, bare, without] = summary as [
    (typeof summary)[0],
    (typeof summary)[0],
    (typeof summary)[0],
    (typeof summary)[0],
  ];
  printTable(
    `3. HTTP: POST /api/messages with expectReplies, autocannon ${options.connections} connections, ` +
      `${options.rounds} rounds × ${options.seconds} s per server after ${WARM_UP_REQUESTS.toLocaleString('en-US')} warm-up requests; medians`,
    ['server', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'req/s per round'],
    summary.map((s) => ({
      name: s.name,
      cells: [fmt(s.rps, 0), fmt(s.p50, 0), fmt(s.p99, 0), String(s.errors), s.each],
    })),
  );
  console.log(
    `a/b (bot ÷ echo bot, req/s): ${ratio(bot.rps, echo.rps)}    a/c (bot ÷ bare restify): ${ratio(bot.rps, bare.rps)}    ` +
      `a/d (check-ins and feedback on ÷ off): ${ratio(bot.rps, without.rps)}`,
  );
  return { botOverEcho: bot.rps / echo.rps, checkInsRatio: bot.rps / without.rps };
}
