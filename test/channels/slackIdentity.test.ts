import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { resolveSlackIdentity } from '../../src/slack/slackIdentity';
import { SLACK_BOT_USER, SlackApiStub } from '../support/slackApi';

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

describe("resolving the Slack bot's identity in the background", () => {
  const stub = new SlackApiStub();
  beforeAll(async () => stub.start());
  afterAll(async () => stub.stop());

  it('retries auth.test with a doubling delay, logging each failure without the token', async () => {
    stub.authTestFailures = 3;
    const { logger, lines } = capturedLogger();
    const attempts: number[] = [];
    const identity = await resolveSlackIdentity(
      { botToken: 'xoxb-secret-token', apiUrl: stub.env().SLACK_API_URL },
      logger,
      new AbortController().signal,
      (attempt) => attempts.push(attempt),
      { initialDelayMs: 20, maxDelayMs: 50, timeoutMs: 1_000 },
    );
    expect(identity).toEqual({ botUserId: SLACK_BOT_USER, botId: 'BBOT0001' });
    expect(attempts).toEqual([1, 2, 3]);
    const retries = lines.filter((l) => String(l.msg).includes('retrying'));
    expect(retries.map((l) => l.retryInMs)).toEqual([20, 40, 50]);
    expect(JSON.stringify(lines)).not.toContain('xoxb-secret-token');
  });

  it('stops retrying when aborted (shutdown), resolving without an identity', async () => {
    stub.authTestFailures = 1_000;
    const { logger } = capturedLogger();
    const stop = new AbortController();
    const pending = resolveSlackIdentity(
      { botToken: 'xoxb-t', apiUrl: stub.env().SLACK_API_URL },
      logger,
      stop.signal,
      () => stop.abort(),
      { initialDelayMs: 60_000, maxDelayMs: 60_000, timeoutMs: 1_000 },
    );
    await expect(pending).resolves.toBeUndefined();
    stub.authTestFailures = 0;
  });
});
