/**
 * A local stand-in for the Bot Framework connector a channel such as Teams runs: records the activities
 * the bot posts to /v3/conversations/{id}/activities, and answers 403 for conversations it is told the
 * app is not installed in (as Teams does for a proactive message to a person without the app).
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';

export interface PostedActivity {
  conversationId: string;
  activity: Record<string, unknown>;
}

export class ConnectorStub {
  posted: PostedActivity[] = [];
  /** Conversations where posting answers 403 Forbidden. */
  readonly forbidden = new Set<string>();
  private readonly server: Server = createServer((req, res) => void this.onRequest(req, res));
  private nextId = 1;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** The texts (and card fallbacks) posted to a conversation, in order. */
  texts(conversationId: string): string[] {
    return this.posted
      .filter((p) => p.conversationId === conversationId)
      .map((p) => {
        const a = p.activity as { text?: string; attachments?: { content?: { fallbackText?: string } }[] };
        return [a.text ?? '', ...(a.attachments ?? []).map((x) => x.content?.fallbackText ?? '')].join('\n');
      });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    res.setHeader('content-type', 'application/json');
    if (req.method !== 'POST' || !match) {
      res.statusCode = 404;
      res.end('{}');
      return;
    }
    const conversationId = decodeURIComponent(match[1]!);
    if (this.forbidden.has(conversationId)) {
      res.statusCode = 403;
      res.end(
        JSON.stringify({
          error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' },
        }),
      );
      return;
    }
    this.posted.push({ conversationId, activity: JSON.parse(raw) as Record<string, unknown> });
    res.end(JSON.stringify({ id: `posted-${this.nextId++}` }));
  }
}
