/**
 * `npm run soak` (not part of npm test): autocannon against POST /api/messages of a bot process, with a
 * mix of Q&A and symptom-interview turns over many conversations. Reports throughput, p50/p99 latency,
 * errors (must be 0) and the bot process's memory after warm-up and at the end.
 *
 *   SOAK_SECONDS=180 SOAK_STORAGE=memory|redis SOAK_CONNECTIONS=20 SOAK_CONVERSATIONS=300 npm run soak
 *   SOAK_SIGTERM=1 npm run soak   # also SIGTERM the bot mid-run: no accepted turn may be lost
 */
import autocannon from 'autocannon';
import { BotProcess } from '../support/botProcess';
import { RedisServer } from '../support/redisServer';

const seconds = Number(process.env.SOAK_SECONDS ?? 180);
const storage = process.env.SOAK_STORAGE === 'redis' ? 'redis' : 'memory';
const connections = Number(process.env.SOAK_CONNECTIONS ?? 20);
const conversations = Number(process.env.SOAK_CONVERSATIONS ?? 300);
const sigterm = process.env.SOAK_SIGTERM === '1';

/** A conversation's script: questions, then a symptom check, then more questions. */
const SCRIPT = [
  'what foods have potassium?',
  'and calcium?',
  'what does magnesium do for my muscles?',
  'my calf keeps jumping',
  'also tired',
  'that’s all',
  'none',
  'none',
  'vegan',
  'rarely',
  'skip',
  'summary',
  'how much potassium does a baked potato have?',
  'vegan b12',
  'thanks',
];

const step = new Map<number, number>();

function nextBody(): string {
  const conversation = Math.floor(Math.random() * conversations);
  const at = step.get(conversation) ?? 0;
  step.set(conversation, (at + 1) % SCRIPT.length);
  return JSON.stringify({
    type: 'message',
    text: SCRIPT[at],
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    from: { id: `soak-user-${conversation}` },
    recipient: { id: 'bot' },
    conversation: { id: `soak-${conversation}` },
  });
}

async function memory(url: string): Promise<{ rssBytes: number; heapUsedBytes: number }> {
  return (
    (await (await fetch(`${url}/healthz?gc=1`)).json()) as { memory: { rssBytes: number; heapUsedBytes: number } }
  ).memory;
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

async function main(): Promise<void> {
  const redis = storage === 'redis' ? new RedisServer() : undefined;
  await redis?.start();
  const bot = new BotProcess(
    {
      LOG_LEVEL: 'info',
      STORAGE: storage,
      ...(redis ? { REDIS_URL: redis.url } : {}),
      RATE_LIMIT_BURST: '10000',
      RATE_LIMIT_PER_MINUTE: '100000',
      WEB_CHAT: 'off',
    },
    ['--expose-gc'],
  );
  await bot.start();
  const run = (duration: number) =>
    autocannon({
      url: `${bot.url}/api/messages`,
      method: 'POST',
      connections,
      duration,
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (request) => ({ ...request, body: nextBody() }) }],
    });

  console.log(
    `soak: ${seconds}s, ${connections} connections, ${conversations} conversations, ${storage} storage${sigterm ? ', SIGTERM mid-run' : ''}`,
  );
  await run(10); // warm-up
  const before = await memory(bot.url);
  let stopping: Promise<void> | undefined;
  if (sigterm) setTimeout(() => (stopping = bot.stop()), (seconds * 1000) / 2);
  const result = await run(seconds);
  const after = sigterm ? undefined : await memory(bot.url);
  await stopping;

  console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s average)`);
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`non-2xx responses: ${result.non2xx}; errors: ${result.errors}; timeouts: ${result.timeouts}`);
  if (after)
    console.log(
      `bot memory (live heap after a full GC) after warm-up: rss ${mb(before.rssBytes)}, heap ${mb(before.heapUsedBytes)}; at the end: rss ${mb(after.rssBytes)}, heap ${mb(after.heapUsedBytes)}`,
    );
  if (sigterm)
    console.log(
      'after SIGTERM: accepted turns all answered (non-2xx 0) means none was lost; refused connections are counted as errors',
    );

  if (!sigterm) await bot.stop();
  await redis?.stop();
  const failed = result.non2xx > 0 || (!sigterm && (result.errors > 0 || result.timeouts > 0));
  process.exit(failed ? 1 : 0);
}

void main();
