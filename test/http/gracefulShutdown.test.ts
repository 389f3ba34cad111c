import { ActivityHandler, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createCloudAdapter } from '../../src/adapter';
import { loadConfig } from '../../src/config';
import { createServer } from '../../src/http/server';
import { createLogger } from '../../src/logger';
import { messageActivity, messageReplies, post } from '../support/botFramework';

/** A bot whose turn takes a while, so a shutdown can begin while it is in flight. */
class SlowBot extends ActivityHandler {
  constructor(private readonly ms: number) {
    super();
    this.onMessage(async (context: TurnContext, next) => {
      await new Promise((r) => setTimeout(r, this.ms));
      await context.sendActivity('finished');
      await next();
    });
  }
}

describe('graceful shutdown', () => {
  it('finishes a turn in flight before closing, and refuses new connections', async () => {
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent' });
    const http = createServer({
      config,
      adapter: createCloudAdapter(config),
      turn: (context) => new SlowBot(1_000).run(context),
      logger: createLogger('silent'),
      version: 'test',
    });
    await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(http.server.address() as { port: number }).port}`;

    const inFlight = post(base, '/api/messages', messageActivity('hello', 'slow-1'));
    // Wait until the turn is really in flight (a loaded machine may take a moment to deliver the request).
    for (let i = 0; i < 100 && http.inFlight() === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(http.inFlight()).toBe(1);
    const closing = http.close(5_000);

    const result = await inFlight;
    expect(result.status).toBe(200);
    expect(messageReplies(result.body).map((a) => a.text)).toEqual(['finished']);
    expect((await closing).unfinished).toBe(0);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
