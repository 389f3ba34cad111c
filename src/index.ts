/**
 * Starts the bot server: configuration, knowledge base, bot, adapter, HTTP, and a graceful shutdown
 * that finishes turns in flight on SIGTERM or SIGINT. Nothing outside the process is waited for before
 * listening: Redis and Slack's identity are resolved in the background and reported on /readyz.
 */
import { existsSync } from 'node:fs';
import type { DestinationStream } from 'pino';
import type { DeliverCheckIn } from './checkins/checkInScheduler';
import { CheckInService, type ProactiveChannel } from './checkins/checkInScheduler';
import { InProcessCheckInStore } from './checkins/checkInStore';
import { cloudChannel, slackChannel, webChatChannel } from './checkins/proactiveChannels';
import { RedisCheckInStore } from './checkins/redisCheckInStore';
import { type Clock, systemClock } from '../dialogs/clock';
import { createBot } from '../dialogs/createBot';
import { InProcessInsightsStore, type InsightsStore, RedisInsightsStore } from './insights/insightsStore';
import { scrubText } from './insights/scrub';
import { TeamInsights } from './insights/teamInsights';
import { createKnowledgeBase } from '../knowledge/knowledgeBase';
import { createCloudAdapter, handleTurnErrors } from './adapter';
import {
  type Config,
  allowsUnauthenticated,
  isLocalMode,
  isLoopbackHost,
  isMetricsEnabled,
  isSlackEnabled,
  isWebChatEnabled,
  listenHost,
  loadConfig,
} from './config';
import { Readiness } from './health/readiness';
import { createServer } from './http/server';
import { useLogHashSalt } from './logFields';
import { type Logger, createLogger } from './logger';
import { type BotMetrics, noMetrics } from './metrics/botMetrics';
import { measureStorage } from './metrics/measuredStorage';
import type { PrometheusMetrics } from './metrics/prometheusMetrics';
import { observeTurnEvents } from './metrics/turnEvents';
import type { RetryOptions } from './slack/slackIdentity';
import { createStateStore } from './state/createStateStore';
import { RateLimiter } from './state/rateLimiter';
import { createTurnRunner } from './turnRunner';
import { DirectLineShim } from './webchat/directLineShim';
import { version } from './version';

export interface RunningBot {
  port: number;
  /** The address the server listens on. */
  host: string;
  /** The check-in scheduler (CHECKINS=on), so tests can poll at a time they choose. */
  checkIns?: CheckInService;
  /** What the team learns (ratings, comments, counts), as `npm run report` reads it. */
  insights: InsightsStore;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Where log lines go (tests); stdout when absent. */
  logDestination?: DestinationStream;
  /** How Slack's auth.test is retried (tests shorten it). */
  slackRetry?: RetryOptions;
  /** Where the time comes from (tests move it on instead of waiting). */
  clock?: Clock;
  /** Don't poll for due check-ins on a timer (tests call checkIns.poll() themselves). */
  manualCheckInPolling?: boolean;
}

export async function startBot(config: Config, options: StartOptions = {}): Promise<RunningBot> {
  const logger = createLogger(config.LOG_LEVEL, options.logDestination);
  if (config.LOG_HASH_SALT) useLogHashSalt(config.LOG_HASH_SALT);
  const kb = createKnowledgeBase();
  const readiness = new Readiness();
  // prom-client loads only when metrics are on.
  const prometheus: PrometheusMetrics | undefined = isMetricsEnabled(config)
    ? (await import('./metrics/prometheusMetrics')).createPrometheusMetrics()
    : undefined;
  const metrics: BotMetrics = prometheus ?? noMetrics;
  const store = await createStateStore(config, readiness, logger);
  const storage = prometheus ? measureStorage(store.storage, metrics) : store.storage;
  const clock = options.clock ?? systemClock;
  const insightsStore: InsightsStore = store.redis
    ? new RedisInsightsStore(store.redis, config.REDIS_KEY_PREFIX)
    : new InProcessInsightsStore();
  const insights = new TeamInsights({
    store: insightsStore,
    clock,
    logger,
    commentDays: config.FEEDBACK_COMMENT_DAYS,
    keepTextDays: config.KEEP_UNANSWERED_TEXT === 'on' ? config.UNANSWERED_TEXT_DAYS : 0,
    scrub: (text) => scrubText(text, (word) => kb.isKnownWord(word)),
  });
  // Which channel a turn came through, by its adapter, and how to speak in it first.
  const viaAdapter = new Map<object, string>();
  const proactive = new Map<string, ProactiveChannel>();
  let deliver: DeliverCheckIn = async () => 'busy';
  const checkIns =
    config.CHECKINS === 'on'
      ? new CheckInService({
          store: store.redis
            ? new RedisCheckInStore(store.redis, config.REDIS_KEY_PREFIX)
            : new InProcessCheckInStore(),
          clock,
          logger,
          locks: store.locks,
          deliver: (context, due) => deliver(context, due),
          viaOf: (context) => viaAdapter.get(context.adapter),
          channels: proactive,
          onEvent: (event) => insights.count(`checkIn|${event}`),
        })
      : undefined;
  if (checkIns && !store.redis) logger.warn('check-ins kept in this process (STORAGE=memory): lost on restart');
  const created = createBot(kb, storage, {
    handoffContact: config.HANDOFF_CONTACT || undefined,
    clock,
    insights,
    feedback: config.FEEDBACK === 'on',
    ...(checkIns ? { checkIns } : {}),
  });
  const { bot, deps } = created;
  deliver = created.deliverCheckIn;
  const limiter = new RateLimiter({
    burst: config.RATE_LIMIT_BURST,
    perMinute: config.RATE_LIMIT_PER_MINUTE,
    redis: store.redis,
    keyPrefix: config.REDIS_KEY_PREFIX,
  });
  const observe = prometheus ? observeTurnEvents(deps, metrics) : undefined;
  const turn = createTurnRunner(bot, store.locks, limiter, logger, metrics, observe);
  const adapter = createCloudAdapter(config);
  handleTurnErrors(adapter, deps, logger);
  viaAdapter.set(adapter, 'cloud');
  proactive.set('cloud', cloudChannel(adapter, config.MicrosoftAppId));
  // Bolt and its dependencies load only when Slack is configured: a tenth of a second of start-up otherwise.
  const slack = isSlackEnabled(config)
    ? (await import('./slack/slackApp')).createSlackChannel(
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
        readiness,
        options.slackRetry,
      )
    : undefined;
  if (slack) slack.receiver.onIgnored = () => metrics.slackRetryIgnored();
  void slack?.ready.then((app) => {
    if (!app) return;
    viaAdapter.set(app.adapter, 'slack');
    proactive.set('slack', slackChannel(app.adapter));
  });
  const webChat = isWebChatEnabled(config) ? new DirectLineShim(turn, limiter) : undefined;
  if (webChat) {
    handleTurnErrors(webChat, deps, logger);
    viaAdapter.set(webChat, 'webchat');
    proactive.set('webchat', webChatChannel(webChat));
  }
  // Channels with nothing to wait for are ready as soon as the server listens.
  readiness.set('botFramework', true, isLocalMode(config) ? 'local mode' : 'authenticated');
  if (webChat) readiness.set('webChat', true, 'on');
  const http = createServer({
    config,
    adapter,
    turn,
    logger,
    version,
    slack: slack?.receiver,
    webChat,
    readiness,
    metrics: prometheus,
  });
  const host = listenHost(config);
  await new Promise<void>((resolve, reject) => {
    http.server.once('error', reject);
    http.server.listen(config.PORT, host, () => {
      http.server.off('error', reject);
      resolve();
    });
  });
  const port = (http.server.address() as { port: number }).port;
  warnAboutExposure(config, host, logger);
  logger.info(
    {
      port,
      host,
      mode: isLocalMode(config) ? 'local (no authentication)' : 'authenticated',
      unauthenticatedRequests: isLocalMode(config) ? (allowsUnauthenticated(config) ? 'accepted' : 'refused') : 'n/a',
      slack: Boolean(slack),
      metrics: prometheus ? (config.METRICS_TOKEN ? 'on (token required)' : 'on') : 'off',
      browserChat: webChat ? `http://localhost:${port}/` : 'off',
      checkIns: checkIns ? (store.redis ? 'on (Redis)' : 'on (this process only)') : 'off',
      feedback: config.FEEDBACK,
    },
    'bot listening',
  );
  logger.flush();
  if (checkIns && !options.manualCheckInPolling) checkIns.start(config.CHECKIN_POLL_SECONDS * 1000);
  // The recogniser's patterns compile now, a step at a time between requests, rather than on the first
  // messages that reach them (knowledge/understanding/warmUp.ts).
  const warming = deps.recognizer.warmUpSteps();
  let warmStep: NodeJS.Immediate | undefined;
  const warm = () => {
    warmStep = warming.next().done ? undefined : setImmediate(warm);
  };
  warmStep = setImmediate(warm);
  return {
    port,
    host,
    ...(checkIns ? { checkIns } : {}),
    insights: insightsStore,
    async stop() {
      if (warmStep) clearImmediate(warmStep);
      slack?.stop();
      await checkIns?.stop();
      const { unfinished } = await http.close(config.SHUTDOWN_TIMEOUT_MS);
      await store.close();
      logger.info({ unfinished }, 'stopped');
      logger.flush();
    },
  };
}

/** Without credentials, a server reachable from other machines is open to anyone on the network: say so loudly. */
function warnAboutExposure(config: Config, host: string, logger: Logger): void {
  if (!isLocalMode(config) || isLoopbackHost(host)) return;
  const accepted = allowsUnauthenticated(config);
  logger.warn(
    { host, unauthenticatedRequests: accepted ? 'accepted' : 'refused' },
    accepted
      ? `WARNING: listening on ${host} WITHOUT AUTHENTICATION (no MicrosoftAppId, ALLOW_UNAUTHENTICATED=on): anyone who can reach this port can talk to the bot as anyone. Use only on a private network.`
      : `WARNING: listening on ${host} without credentials (no MicrosoftAppId): /api/messages refuses every request; set MicrosoftAppId, or ALLOW_UNAUTHENTICATED=on on a private network.`,
  );
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
