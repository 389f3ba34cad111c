/** A local stand-in for Slack's Web API and Slack's request signing, for the direct Slack path's tests. */
import { createHmac } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';

export const SLACK_SECRET = 'test-signing-secret';
export const SLACK_BOT_USER = 'UBOT0001';

/** Records chat.postMessage calls and answers ok; answers auth.test with the bot's identity. No network. */
export class SlackApiStub {
  calls: Record<string, unknown>[] = [];
  /** auth.test answers 503 this many more times before it succeeds (Slack having an outage). */
  authTestFailures = 0;
  private server: Server = createServer((req, res) => void this.onRequest(req, res));
  port = 0;

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop() {
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** The settings that point a bot at this stub. */
  env(): Record<string, string> {
    return {
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_BOT_USER_ID: SLACK_BOT_USER,
      SLACK_BOT_ID: 'BBOT0001',
      SLACK_API_URL: `http://127.0.0.1:${this.port}/api/`,
    };
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse) {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const type = req.headers['content-type'] ?? '';
    const body = type.includes('json') ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
    if (typeof body.blocks === 'string') body.blocks = JSON.parse(body.blocks);
    res.setHeader('content-type', 'application/json');
    if (req.url?.endsWith('/auth.test')) {
      if (this.authTestFailures > 0) {
        this.authTestFailures--;
        res.statusCode = 503;
        res.end('{"ok":false,"error":"service_unavailable"}');
        return;
      }
      res.end(JSON.stringify({ ok: true, user_id: SLACK_BOT_USER, bot_id: 'BBOT0001' }));
      return;
    }
    this.calls.push({ method: req.url, ...body });
    res.end(JSON.stringify({ ok: true, ts: `${Date.now() / 1000}`, channel: body.channel }));
  }

  async waitForCalls(count: number, timeoutMs = 5_000): Promise<Record<string, unknown>[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.calls.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return this.calls;
  }
}

/** Slack's v0 signature headers for a body. */
export function slackSignature(
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
  secret = SLACK_SECRET,
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

/** A suggestion-button click (block_actions) as Slack posts it: a form field "payload" holding JSON. */
export function buttonClickBody(channel: string, value: string): string {
  const payload = {
    type: 'block_actions',
    team: { id: 'T0001' },
    user: { id: 'U0USER' },
    channel: { id: channel },
    container: { type: 'message', channel_id: channel, message_ts: '1700001000.000100' },
    message: { ts: '1700001000.000100' },
    actions: [{ type: 'button', action_id: 'suggestion-2', block_id: 'b1', value, action_ts: '1700001001.1' }],
  };
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
