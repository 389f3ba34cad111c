/**
 * Section 8: what each shortcut buys. Every shortcut of ./shortcuts.ts is replaced by botbuilder's own way
 * in a process of its own and measured against the bot as it ships, in the same run:
 *
 * - HTTP (as section 3: Q&A questions typed many ways, expectReplies, metrics on) for the shortcuts on a
 *   Q&A request's path;
 * - in-process turns (as section 2, on production's in-process store) for the shortcuts inside a turn.
 *
 * The variants run in rotating order, round after round; each figure is the median over the rounds of the
 * variant's ratio to the shipped bot of the same round, so a machine that slows down between rounds moves
 * both sides of a ratio. Ratios are without ÷ with: req/s below 1, or latency or CPU time above 1, is what
 * the shortcut buys. CPU time (the server's per request, the process's per turn) is measured beside the
 * wall-clock figures because it moves far less when other processes load the machine. A shortcut is worth
 * keeping when it buys at least 5% on a measure it can move (docs/shortcuts.md).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ServerProcess } from '../support/serverProcess';
import { BOT_ENV, type HttpOptions, WARM_UP_REQUESTS, load } from './http';
import { SHORTCUTS, type Shortcut } from './shortcuts';
import { fmt, median, printTable } from './stats';

const run = promisify(execFile);

/** What a shortcut must buy to stay. */
export const WORTH_KEEPING = 0.05;

interface TurnFigures {
  qa: { p50: number; p99: number; cpu: number };
  interview: { p50: number; p99: number; cpu: number };
  replies: string;
}

/** One variant's figures in one round: HTTP req/s, p99 and CPU per request; per turn kind p50, p99 and CPU. */
interface Figures {
  rps?: number;
  httpP99?: number;
  httpCpu?: number;
  qaP50?: number;
  qaP99?: number;
  qaCpu?: number;
  interviewP50?: number;
  interviewP99?: number;
  interviewCpu?: number;
}

type Measure = keyof Figures;
/** Throughput falls without a shortcut that helps; latencies and CPU time rise. */
const HIGHER_IS_BETTER: Record<Measure, boolean> = {
  rps: true,
  httpP99: false,
  httpCpu: false,
  qaP50: false,
  qaP99: false,
  qaCpu: false,
  interviewP50: false,
  interviewP99: false,
  interviewCpu: false,
};

/** The measures a shortcut can move: the HTTP ones if it is on a Q&A request's path, and its turn kinds'. */
function relevant(s: Shortcut): Measure[] {
  const measures: Measure[] = [];
  if (s.turns.includes('qa')) measures.push('rps', 'httpP99', 'httpCpu');
  if (s.layer === 'turn' && s.turns.includes('qa')) measures.push('qaP50', 'qaP99', 'qaCpu');
  if (s.layer === 'turn' && s.turns.includes('interview'))
    measures.push('interviewP50', 'interviewP99', 'interviewCpu');
  return measures;
}

async function turnFigures(without: string, quick: boolean): Promise<TurnFigures> {
  const { stdout } = await run(process.execPath, ['dist/test/bench/servers/turnsWithout.js'], {
    env: { ...process.env, BENCH_WITHOUT: without, BENCH_QUICK: quick ? '1' : '0' },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as TurnFigures;
}

/** Variant ids in rotating order for a round; '' is the bot as it ships. */
const rotate = <T>(items: readonly T[], round: number): T[] => items.map((_, k) => items[(round + k) % items.length]!);

/** Per round, each variant's figures divided by the shipped bot's of the same round; the median over rounds. */
function medianRatios(rounds: Map<string, Figures>[], id: string): Figures {
  const out: Figures = {};
  for (const measure of Object.keys(HIGHER_IS_BETTER) as Measure[]) {
    const ratios = rounds
      .map((r) => [r.get(id)?.[measure], r.get('')?.[measure]] as const)
      .filter((pair): pair is readonly [number, number] => pair[0] !== undefined && pair[1] !== undefined)
      .map(([value, shipped]) => value / shipped);
    if (ratios.length) out[measure] = median(ratios);
  }
  return out;
}

/** The largest gain a shortcut shows on a measure it can move (0.05 = 5%). */
function gain(s: Shortcut, ratios: Figures): number {
  return Math.max(
    0,
    ...relevant(s)
      .filter((m) => ratios[m] !== undefined)
      .map((m) => (HIGHER_IS_BETTER[m] ? 1 / ratios[m]! - 1 : ratios[m]! - 1)),
  );
}

export async function benchShortcuts(http: HttpOptions, turnRounds: number, quick: boolean): Promise<void> {
  const onHttpPath = SHORTCUTS.filter((s) => s.turns.includes('qa'));
  const inTurns = SHORTCUTS.filter((s) => s.layer === 'turn');
  const rounds = Array.from({ length: Math.max(http.rounds, turnRounds) }, () => new Map<string, Figures>());
  const figures = (round: number, id: string) => {
    const map = rounds[round]!;
    if (!map.has(id)) map.set(id, {});
    return map.get(id)!;
  };

  // HTTP: one server per variant, all started and warmed up first, then loaded one at a time.
  const servers = ['', ...onHttpPath.map((s) => s.id)].map(
    (id) =>
      [
        id,
        new ServerProcess(id || 'as it ships', 'dist/test/bench/servers/botWithout.js', {
          ...BOT_ENV,
          BENCH_WITHOUT: id,
        }),
      ] as const,
  );
  let errors = 0;
  try {
    for (const [, server] of servers) await server.start();
    for (const [, server] of servers) await load(server, http, WARM_UP_REQUESTS);
    for (let round = 0; round < http.rounds; round++) {
      for (const [id, server] of rotate(servers, round)) {
        const result = await load(server, http);
        errors += result.errors;
        Object.assign(figures(round, id), { rps: result.rps, httpP99: result.p99, httpCpu: result.cpuPerRequest });
      }
    }
  } finally {
    for (const [, server] of servers) await server.stop();
  }

  // In-process turns: a fresh process per variant and round.
  const replies = new Map<string, string>();
  for (let round = 0; round < turnRounds; round++) {
    for (const id of rotate(['', ...inTurns.map((s) => s.id)], round)) {
      const t = await turnFigures(id, quick);
      replies.set(id, t.replies);
      Object.assign(figures(round, id), {
        qaP50: t.qa.p50,
        qaP99: t.qa.p99,
        qaCpu: t.qa.cpu,
        interviewP50: t.interview.p50,
        interviewP99: t.interview.p99,
        interviewCpu: t.interview.cpu,
      });
    }
  }

  const shipped = (measure: Measure) => median(rounds.map((r) => r.get('')?.[measure]).filter((v) => v !== undefined));
  const ms = (micros: number) => `${fmt(micros / 1000, 3)} ms`;
  const us = (micros: number) => `${fmt(micros, 0)} µs`;
  const rowFor = (s: Shortcut) => {
    const r = medianRatios(rounds, s.id);
    const measures = relevant(s);
    // Figures a shortcut cannot move are left out (they differ from 1 only by noise).
    const x = (m: Measure) => (r[m] === undefined || !measures.includes(m) ? '—' : `${fmt(r[m], 2)}x`);
    const same = replies.has(s.id) ? (replies.get(s.id) === replies.get('') ? 'yes' : 'NO') : '—';
    const g = gain(s, r);
    return {
      name: `without ${s.id}`,
      cells: [
        ...(
          [
            'rps',
            'httpP99',
            'httpCpu',
            'qaP50',
            'qaP99',
            'qaCpu',
            'interviewP50',
            'interviewP99',
            'interviewCpu',
          ] as const
        ).map(x),
        same,
        `${fmt(g * 100, 1)}%${g >= WORTH_KEEPING ? ' keep' : ''}`,
      ],
    };
  };
  printTable(
    `8. Shortcuts, each replaced by botbuilder's own way, against the bot as it ships (without ÷ with; ` +
      `medians of per-round ratios: HTTP ${http.rounds} rounds × ${http.seconds} s, in-process ${turnRounds} rounds)`,
    [
      'variant',
      'HTTP req/s',
      'p99',
      'CPU/req',
      'Q&A p50',
      'p99',
      'CPU/turn',
      'interview p50',
      'p99',
      'CPU/turn',
      'same replies',
      'buys',
    ],
    [
      {
        name: 'the bot as it ships',
        cells: [
          `${fmt(shipped('rps'), 0)} req/s`,
          `${fmt(shipped('httpP99'), 0)} ms`,
          us(shipped('httpCpu')),
          ms(shipped('qaP50')),
          ms(shipped('qaP99')),
          us(shipped('qaCpu')),
          ms(shipped('interviewP50')),
          ms(shipped('interviewP99')),
          us(shipped('interviewCpu')),
          '',
          '',
        ],
      },
      ...SHORTCUTS.map(rowFor),
    ],
  );
  for (const s of SHORTCUTS) console.log(`  ${s.id}: ${s.what}`);
  if (errors) console.log(`HTTP errors across the variants: ${errors}`);
  if ([...replies.values()].some((h) => h !== replies.get('')))
    console.log('A variant answered differently from the bot as it ships: its figures compare different work.');
}
