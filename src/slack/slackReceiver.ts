/**
 * A Bolt receiver that lives inside the restify route POST /api/slack: verifies Slack's v0 signature over
 * the raw body (Bolt's verifySlackRequest: HMAC-SHA256, 5-minute replay window, constant-time compare),
 * answers url_verification, acknowledges at once (Slack wants an answer within 3 seconds) and processes
 * after, ignoring retries of events it has already taken.
 */
import { type App, type Receiver, verifySlackRequest } from '@slack/bolt';
import type { Request, Response } from 'restify';
import type { Logger } from '../logger';

/** How many recent event ids to remember for spotting Slack's retries. */
const SEEN_EVENTS = 5_000;

export class SlackRestifyReceiver implements Receiver {
  private app?: App;
  private readonly seen = new Set<string>();
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly signingSecret: string,
    private readonly logger: Logger,
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

  async handle(req: Request, res: Response): Promise<void> {
    const raw = rawBodyOf(req);
    try {
      verifySlackRequest({
        signingSecret: this.signingSecret,
        body: raw,
        headers: {
          'x-slack-signature': String(req.header('x-slack-signature') ?? ''),
          'x-slack-request-timestamp': Number(req.header('x-slack-request-timestamp')),
        },
      });
    } catch {
      res.send(401, { code: 'Unauthorized', message: 'The Slack signature is missing, invalid or too old.' });
      return;
    }
    const body = parseSlackBody(req.body);
    if (!body) {
      res.send(400, { code: 'BadRequest', message: 'Not a Slack event or interaction payload.' });
      return;
    }
    if (body.type === 'url_verification') {
      res.send(200, { challenge: body.challenge });
      return;
    }
    const eventId = typeof body.event_id === 'string' ? body.event_id : undefined;
    const retryNum = Number(req.header('x-slack-retry-num') ?? '') || undefined;
    if (eventId && this.seen.has(eventId)) {
      // A retry of an event already taken: acknowledge so Slack stops, and do nothing else.
      res.send(200);
      return;
    }
    if (eventId) this.remember(eventId);
    res.send(200);
    const work = this.app!.processEvent({
      body,
      ack: async () => {},
      retryNum,
      retryReason: req.header('x-slack-retry-reason') || undefined,
    })
      .catch((error: Error) =>
        this.logger.error({ err: { type: error.name, message: error.message } }, 'slack event failed'),
      )
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  private remember(eventId: string): void {
    this.seen.add(eventId);
    if (this.seen.size > SEEN_EVENTS) this.seen.delete(this.seen.values().next().value!);
  }
}

function rawBodyOf(req: Request): string {
  const raw = (req as Request & { rawBody?: string | Buffer }).rawBody;
  return Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '';
}

/** Events arrive as JSON; interactions (button clicks) as a form field "payload" holding JSON. */
function parseSlackBody(body: unknown): Record<string, unknown> | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const payload = (body as { payload?: unknown }).payload;
  if (typeof payload === 'string') {
    try {
      return JSON.parse(payload) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  return body as Record<string, unknown>;
}
