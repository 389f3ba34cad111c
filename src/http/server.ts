/**
 * The restify server: POST /api/messages for the Bot Framework, GET /healthz and /readyz, GET /metrics
 * when on, JSON errors without stack traces. Every POST body is read by the route's own body handler (JSON only, no encodings, a size
 * limit on the bytes read); restify's body parser, with its gzip, multipart and form support, is not
 * used. It counts turns in flight so a shutdown can let them finish.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import type { BotCloudAdapter } from '../adapter';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { errorForLog, logText } from '../logFields';
import type { SlackRestifyReceiver } from '../slack/slackReceiver';
import type { DirectLineShim } from '../webchat/directLineShim';
import { Readiness } from '../health/readiness';
import type { PrometheusMetrics } from '../metrics/prometheusMetrics';
import { addWebChatRoutes } from '../webchat/webChatRoutes';
import { activityProblem } from './activityChecks';
import { addHealthRoutes } from './healthRoutes';
import { addMetricsRoute } from './metricsRoute';
import { jsonBody, rawBodyOf, textBody } from './bodyHandlers';
import { formatJson } from './replyJson';
import { guardRequestStreams } from './streamGuard';
import { unauthenticatedAccess } from './unauthenticatedAccess';

export interface ServerDeps {
  config: Config;
  adapter: BotCloudAdapter;
  /** Runs one turn of the bot (serialised per conversation). */
  turn: (context: TurnContext) => Promise<void>;
  logger: Logger;
  version: string;
  /** The direct Slack path's receiver, when Slack is configured. */
  slack?: SlackRestifyReceiver;
  /** The local browser chat's Direct Line stand-in, when the browser chat is on. */
  webChat?: DirectLineShim;
  /** Each component's readiness, for GET /readyz (none registered: ready). */
  readiness?: Readiness;
  /** The Prometheus recorder, when METRICS is on: served on GET /metrics. */
  metrics?: PrometheusMetrics;
}

export interface BotServer {
  server: Server;
  /** Turns being processed right now. */
  inFlight(): number;
  /** Stops accepting connections and waits (up to the timeout) for turns in flight to finish. */
  close(timeoutMs: number): Promise<{ unfinished: number }>;
}

export function createServer({
  config,
  adapter,
  turn,
  logger,
  version,
  slack,
  webChat,
  readiness,
  metrics,
}: ServerDeps): BotServer {
  const server = restify.createServer({
    name: 'nutribot',
    handleUncaughtExceptions: false,
    // restify's own JSON formatter, with shared cards serialised once (replyJson.ts); the same preference.
    formatters: { 'application/json; q=0.4': formatJson },
  });
  let inFlight = 0;
  let closing = false;

  // While shutting down, tell clients not to reuse their connection for another request.
  server.pre((_req: Request, res: Response, next: () => void) => {
    if (closing) res.setHeader('connection', 'close');
    next();
  });
  guardRequestStreams(server.server, logger);
  const unauthenticated = unauthenticatedAccess(config);

  server.post('/api/messages', jsonBody(config.MAX_BODY_BYTES), async (req: Request, res: Response) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { code: 'BadRequest', message: problem });
      return;
    }
    const refusal = unauthenticated?.refusal(req.body as Activity);
    if (refusal) {
      res.send(refusal.status, { code: refusal.code, message: refusal.message });
      return;
    }
    inFlight++;
    try {
      const auth = req.headers.authorization;
      const result = await adapter.processHttpActivity(
        req.body as Activity,
        typeof auth === 'string' ? auth : '',
        turn,
      );
      if (result.status === 401) logger.warn({ route: logText(req.getPath()) }, 'authentication failed');
      if (result.status === 403) logger.warn({ route: logText(req.getPath()) }, 'service URL refused');
      res.send(result.status, result.body);
    } catch (error) {
      logger.error({ err: errorForLog(error, { stack: true }) }, 'request failed');
      if (!res.headersSent) res.send(500, { code: 'InternalError', message: 'Something went wrong.' });
    } finally {
      inFlight--;
    }
  });

  if (slack) {
    // Slack signs the raw body; its interactions (button clicks) arrive as a form field "payload" holding
    // JSON, parsed by the receiver only after the signature checks out.
    const slackBody = textBody(config.MAX_BODY_BYTES, ['application/json', 'application/x-www-form-urlencoded']);
    server.post('/api/slack', slackBody, async (req: Request, res: Response) => {
      await slack.handle(rawBodyOf(req), (name) => req.header(name), res);
    });
  }

  if (webChat) addWebChatRoutes(server, webChat, config.MAX_BODY_BYTES);

  addHealthRoutes(server, version, readiness ?? new Readiness());
  if (metrics) addMetricsRoute(server, metrics, config.METRICS_TOKEN);

  server.on(
    'restifyError',
    (req: Request, _res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
      // Client errors are the client's business; log them briefly, never with a stack in the response.
      logger.warn({ status: err.statusCode, route: logText(req.getPath()) }, logText(err.name));
      callback();
    },
  );

  return {
    server,
    inFlight: () => inFlight,
    async close(timeoutMs: number) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 && Date.now() < deadline) {
        server.server.closeIdleConnections?.();
        await new Promise((r) => setTimeout(r, 25));
      }
      const unfinished = inFlight;
      server.server.closeAllConnections?.();
      await closed;
      await slack?.idle();
      return { unfinished };
    },
  };
}
