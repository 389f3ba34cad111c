/**
 * A Bolt receiver that lives inside the restify route POST /api/slack: verifies Slack's v0 signature over
 * the raw body (Bolt's verifySlackRequest: HMAC-SHA256, 5-minute replay window, constant-time compare),
 * refuses timestamps from the future and exact replays of a signed request, answers url_verification,
 * acknowledges at once (Slack wants an answer within 3 seconds) and processes after, ignoring retries of
 * events it has already taken. Until the Bolt app exists (the bot's Slack identity is still being
 * resolved) a signed event gets 503 with Retry-After, so Slack delivers it again later.
 */
import { type App, type Receiver, verifySlackRequest } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { Response } from 'restify';
import type { RequestBody } from '../http/requestBody';
import { errorForLog } from '../logFields';
import type { Logger } from '../logger';

/** Slack's replay window: older signed requests are refused by verifySlackRequest, newer ones by us. */
const REPLAY_WINDOW_MS = 5 * 60 * 1000;
/** Seconds Slack is asked to wait while the identity is resolved (Slack retries on its own schedule anyway). */
const RETRY_AFTER_SECONDS = 10;
/** How many recent event ids and request signatures to remember (bounded, and each only for the window). */
const REMEMBERED = 10_000;

export class SlackRestifyReceiver implements Receiver {
  private app?: App;
  /** Event ids already taken, for spotting Slack's retries (which are signed anew). */
  private readonly seenEvents = new LRUCache<string, true>({ max: REMEMBERED, ttl: REPLAY_WINDOW_MS });
  /** Signatures already accepted: the same signed request sent again is a replay (button clicks have no event id). */
  private readonly seenSignatures = new LRUCache<string, true>({ max: REMEMBERED, ttl: REPLAY_WINDOW_MS });
  private readonly pending = new Set<Promise<void>>();
  /** Told of each retry or replay ignored (the metrics count them). */
  onIgnored: () => void = () => undefined;

  constructor(
    private readonly signingSecret: string,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {
    await this.idle();
  }

  /** Resolves when every event acknowledged so far has been processed. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  async handle(raw: RequestBody, header: (name: string) => string | undefined, res: Response): Promise<void> {
    const signature = header('x-slack-signature') ?? '';
    const timestamp = Number(header('x-slack-request-timestamp'));
    if (!this.isSigned(raw.text, signature, timestamp)) {
      res.send(401, { code: 'Unauthorized', message: 'The Slack signature is missing, invalid or too old.' });
      return;
    }
    const body = parseSlackBody(raw);
    if (!body) {
      res.send(400, { code: 'BadRequest', message: 'Not a Slack event or interaction payload.' });
      return;
    }
    if (body.type === 'url_verification') {
      res.send(200, { challenge: body.challenge });
      return;
    }
    const app = this.app;
    if (!app) {
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      res.send(503, { code: 'ServiceUnavailable', message: 'The Slack channel is starting; try again shortly.' });
      return;
    }
    const replayKey = `${timestamp}:${signature}`;
    const eventId = typeof body.event_id === 'string' ? body.event_id : undefined;
    if (this.seenSignatures.has(replayKey) || (eventId && this.seenEvents.has(eventId))) {
      // A replay, or a retry of an event already taken: acknowledge so Slack stops, and do nothing else.
      this.onIgnored();
      res.send(200);
      return;
    }
    this.seenSignatures.set(replayKey, true);
    if (eventId) this.seenEvents.set(eventId, true);
    res.send(200);
    const retryNum = Number(header('x-slack-retry-num') ?? '') || undefined;
    const work = app
      .processEvent({
        body,
        ack: async () => {},
        retryNum,
        retryReason: header('x-slack-retry-reason') || undefined,
      })
      .catch((error: unknown) => this.logger.error({ err: errorForLog(error) }, 'slack event failed'))
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  private isSigned(body: string, signature: string, timestamp: number): boolean {
    // verifySlackRequest refuses requests older than the window; one from further ahead is no better.
    if (!Number.isFinite(timestamp) || timestamp * 1000 > this.now() + REPLAY_WINDOW_MS) return false;
    try {
      verifySlackRequest({
        signingSecret: this.signingSecret,
        body,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      });
      return true;
    } catch {
      return false;
    }
  }
}

/** Events arrive as JSON; interactions (button clicks) as a form with one field, "payload", holding JSON. */
function parseSlackBody(raw: RequestBody): Record<string, unknown> | undefined {
  const json =
    raw.mediaType === 'application/x-www-form-urlencoded' ? new URLSearchParams(raw.text).get('payload') : raw.text;
  if (json === null) return undefined;
  try {
    const body: unknown = JSON.parse(json);
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
