/**
 * Starts the bot server: configuration, knowledge base, bot, adapter, HTTP, and a graceful shutdown
 * that finishes turns in flight on SIGTERM or SIGINT.
 */
import { existsSync } from 'node:fs';
import { createBot } from '../dialogs/createBot';
import { createKnowledgeBase } from '../knowledge/knowledgeBase';
import { createCloudAdapter, handleTurnErrors } from './adapter';
import { type Config, isLocalMode, isSlackEnabled, isWebChatEnabled, loadConfig } from './config';
import { createServer } from './http/server';
import { createLogger } from './logger';
import { createStateStore } from './state/createStateStore';
import { RateLimiter } from './state/rateLimiter';
import { createTurnRunner } from './turnRunner';
import { DirectLineShim } from './webchat/directLineShim';
import { version } from './version';

export interface RunningBot {
  port: number;
  stop(): Promise<void>;
}

export async function startBot(config: Config): Promise<RunningBot> {
  const logger = createLogger(config.LOG_LEVEL);
  const kb = createKnowledgeBase();
  const store = await createStateStore(config);
  const { bot, deps } = createBot(kb, store.storage, { handoffContact: config.HANDOFF_CONTACT || undefined });
  const limiter = new RateLimiter({ burst: config.RATE_LIMIT_BURST, perMinute: config.RATE_LIMIT_PER_MINUTE });
  const turn = createTurnRunner(bot, store.locks, limiter, logger);
  const adapter = createCloudAdapter(config);
  handleTurnErrors(adapter, deps, logger);
  // Bolt and its dependencies load only when Slack is configured: a tenth of a second of start-up otherwise.
  const slack = isSlackEnabled(config)
    ? await (
        await import('./slack/slackApp')
      ).createSlackChannel(
        {
          signingSecret: config.SLACK_SIGNING_SECRET,
          botToken: config.SLACK_BOT_TOKEN,
          botUserId: config.SLACK_BOT_USER_ID || undefined,
          botId: config.SLACK_BOT_ID || undefined,
          apiUrl: config.SLACK_API_URL,
        },
        turn,
        logger,
        (slackAdapter) => handleTurnErrors(slackAdapter, deps, logger),
      )
    : undefined;
  const webChat = isWebChatEnabled(config) ? new DirectLineShim(turn, limiter) : undefined;
  if (webChat) handleTurnErrors(webChat, deps, logger);
  const http = createServer({ config, adapter, turn, logger, version, slack: slack?.receiver, webChat });
  await new Promise<void>((resolve) => http.server.listen(config.PORT, '0.0.0.0', resolve));
  const port = (http.server.address() as { port: number }).port;
  logger.info(
    {
      port,
      mode: isLocalMode(config) ? 'local (no authentication)' : 'authenticated',
      slack: Boolean(slack),
      browserChat: webChat ? `http://localhost:${port}/` : 'off',
    },
    'bot listening',
  );
  logger.flush();
  return {
    port,
    async stop() {
      const { unfinished } = await http.close(config.SHUTDOWN_TIMEOUT_MS);
      await store.close();
      logger.info({ unfinished }, 'stopped');
      logger.flush();
    },
  };
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const running = await startBot(config).catch((error: Error) => {
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await running.stop();
    process.exit(0);
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

if (require.main === module) void main();
