/**
 * `npm run report [-- --json]`: reads the configured store (STORAGE and REDIS_URL, from the environment
 * or .env) and prints what the team learns. With STORAGE=memory the figures live inside the running bot
 * process, so there is nothing to read from here: it says so.
 */
import { existsSync } from 'node:fs';
import { loadConfig } from '../config';
import { RedisCheckInStore } from '../checkins/redisCheckInStore';
import { RedisInsightsStore } from './insightsStore';
import { buildReport, formatReport } from './report';

export async function runReport(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const config = loadConfig(env);
  if (config.STORAGE !== 'redis')
    throw new Error(
      'STORAGE=memory keeps feedback and check-ins inside the bot process, where nothing else can read them. Run the bot with STORAGE=redis and REDIS_URL, and run the report with the same settings.',
    );
  const { Redis } = await import('ioredis');
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const now = Date.now();
    const snapshot = await new RedisInsightsStore(redis, config.REDIS_KEY_PREFIX).snapshot(now);
    const pending = await new RedisCheckInStore(redis, config.REDIS_KEY_PREFIX).size();
    const report = buildReport(snapshot, now, pending);
    return argv.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report);
  } finally {
    redis.disconnect();
  }
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    process.stdout.write(`${await runReport(process.argv.slice(2))}\n`);
  } catch (error) {
    // A connection error's text can hold the URL: say only what went wrong.
    const message = (error as Error).message;
    console.error(
      /redis|ECONN|connect/i.test(message) && !/STORAGE=memory/.test(message)
        ? 'Cannot read the store: Redis at REDIS_URL is unreachable.'
        : message,
    );
    process.exit(1);
  }
}

if (require.main === module) void main();
