import type { Activity, ActivityTimestamps, CloudAdapter, Request, Response, TurnContext } from 'botbuilder';
import { ConnectorClient } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../dialogs/replies/sharedReplies';
import { createCloudAdapter } from '../../src/adapter';
import { loadConfig } from '../../src/config';

const activity = (extra: Partial<ActivityTimestamps> = {}) =>
  ({
    type: 'message',
    text: 'hi',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    from: { id: 'u' },
    recipient: { id: 'bot' },
    conversation: { id: 'c' },
    ...extra,
  }) as unknown as Activity;

describe('BotCloudAdapter.processHttpActivity', () => {
  it('runs the turn and returns the expectReplies body, with wire dates turned into Dates as botbuilder does', async () => {
    const adapter = createCloudAdapter(loadConfig({}));
    let seen: ActivityTimestamps | undefined;
    const result = await adapter.processHttpActivity(
      activity({
        timestamp: '2026-11-25T04:00:00.123+01:00' as never,
        localTimestamp: '2026-11-25T04:00:00+01:00' as never,
      }),
      '',
      async (context) => {
        seen = context.activity as ActivityTimestamps;
        await context.sendActivity('hello');
      },
    );
    expect(result.status).toBe(200);
    expect((result.body as { activities: Activity[] }).activities.map((a) => a.text)).toEqual(['hello']);
    expect(seen?.timestamp).toBeInstanceOf(Date);
    expect(seen?.timestamp?.toISOString()).toBe('2026-11-25T03:00:00.123Z');
    expect(seen?.rawTimestamp).toBe('2026-11-25T04:00:00.123+01:00');
    expect(seen?.localTimestamp).toBeInstanceOf(Date);
  });

  it('answers 401 without running the bot when the app needs a token and none is given', async () => {
    const adapter = createCloudAdapter(loadConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' }));
    let ran = false;
    const result = await adapter.processHttpActivity(activity(), '', async () => {
      ran = true;
    });
    expect(result.status).toBe(401);
    expect(ran).toBe(false);
  });
});

/** The response CloudAdapter.process writes to, as restify's would be written. */
function capturedResponse() {
  const response = {
    statusCode: 0,
    body: undefined as unknown,
    status(code: number) {
      response.statusCode = code;
      return response;
    },
    send(body: unknown) {
      response.body = body;
      return response;
    },
    end: () => response,
    header: () => response,
  };
  return response;
}

/** What botbuilder's own HTTP entry point answers for the same request. */
async function viaProcess(
  adapter: CloudAdapter,
  body: Activity,
  logic: (context: TurnContext) => Promise<void>,
  authorization = '',
) {
  const response = capturedResponse();
  const request = { method: 'POST', headers: { authorization }, body };
  await adapter.process(request as unknown as Request, response as unknown as Response, logic);
  return { status: response.statusCode, body: response.body };
}

describe('processHttpActivity stands in for CloudAdapter.process (docs/shortcuts.md, http-entry)', () => {
  /** Replies with what it was given, and keeps the activity the turn saw. */
  const echoing = () => {
    const seen: unknown[] = [];
    const logic = async (context: TurnContext) => {
      seen.push(JSON.parse(JSON.stringify({ ...context.activity, types: typeof context.activity.timestamp })));
      await context.sendActivity({ text: `you said ${context.activity.text}`, attachments: [{ contentType: 'x/y' }] });
    };
    return { seen, logic };
  };

  it('gives the turn the same activity, and answers with the same status and body, as botbuilder’s own entry point', async () => {
    const adapter = createCloudAdapter(loadConfig({}));
    const wire = () =>
      activity({
        timestamp: '2026-11-25T04:00:00.5+01:00' as never,
        localTimestamp: '2026-11-25T04:00:00+01:00' as never,
        expiration: '2026-11-26T04:00:00Z' as never,
      });
    const ours = echoing();
    const theirs = echoing();
    const ourResult = await adapter.processHttpActivity(wire(), '', ours.logic);
    const theirResult = await viaProcess(adapter, wire(), theirs.logic);
    expect(theirResult.status).toBe(200);
    expect(ourResult).toEqual(theirResult);
    expect(ours.seen).toEqual(theirs.seen);
    expect(ours.seen).toHaveLength(1);
  });

  it('answers an invoke nobody handled, and a plain message, as botbuilder does', async () => {
    const adapter = createCloudAdapter(loadConfig({}));
    const invoke = () => activity({ type: 'invoke', name: 'unknown/thing', deliveryMode: undefined } as never);
    const nothing = async () => undefined;
    expect(await adapter.processHttpActivity(invoke(), '', nothing)).toEqual(
      await viaProcess(adapter, invoke(), nothing),
    );
    const silent = () => activity({ deliveryMode: undefined } as never);
    const ours = await adapter.processHttpActivity(silent(), '', nothing);
    const theirs = await viaProcess(adapter, silent(), nothing);
    expect(ours.status).toBe(theirs.status);
    expect(ours.body ?? undefined).toEqual(theirs.body ?? undefined);
  });

  it('refuses a request without a token with the status botbuilder gives, before any turn runs', async () => {
    const adapter = createCloudAdapter(loadConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' }));
    let turns = 0;
    const count = async () => void turns++;
    const ours = await adapter.processHttpActivity(activity(), '', count);
    const errors = console.error;
    console.error = () => undefined; // CloudAdapter.process prints the failure itself
    try {
      const theirs = await viaProcess(adapter, activity(), count);
      expect(ours.status).toBe(theirs.status);
    } finally {
      console.error = errors;
    }
    expect(turns).toBe(0);
  });
});

describe('botbuilder takes a turn’s outbound clients from the authentication (docs/shortcuts.md, client-cache)', () => {
  it('gives two turns the same connector and user-token clients, built by the cached factory', async () => {
    const adapter = createCloudAdapter(loadConfig({}));
    const seen: { connector: unknown; tokens: unknown }[] = [];
    const logic = async (context: TurnContext) => {
      seen.push({
        connector: context.turnState.get(adapter.ConnectorClientKey),
        tokens: context.turnState.get(adapter.UserTokenClientKey),
      });
    };
    await adapter.processHttpActivity(activity(), '', logic);
    await adapter.processHttpActivity(activity({ conversation: { id: 'other' } } as never), '', logic);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.connector).toBeInstanceOf(ConnectorClient);
    expect(seen[1]!.connector).toBe(seen[0]!.connector);
    expect(seen[0]!.tokens).toBeDefined();
    expect(seen[1]!.tokens).toBe(seen[0]!.tokens);
  });
});

describe('botbuilder sends a shared, frozen reply as it is (docs/shortcuts.md, shared-replies)', () => {
  it('copies the frozen activity before addressing it, and its expectReplies body holds the same frozen card', async () => {
    const adapter = createCloudAdapter(loadConfig({}));
    const card = deepFreeze({ contentType: 'application/vnd.microsoft.card.adaptive', content: { body: [{ x: 1 }] } });
    const shared = deepFreeze({ type: 'message', text: 'shared', attachments: [card] });
    const send = async (context: TurnContext) => {
      await context.sendActivity(shared);
    };
    const first = await adapter.processHttpActivity(activity(), '', send);
    const second = await adapter.processHttpActivity(activity({ conversation: { id: 'two' } } as never), '', send);
    const sent = (result: { body?: unknown }) => (result.body as { activities: Activity[] }).activities[0]!;
    expect(sent(first).conversation.id).toBe('c');
    expect(sent(second).conversation.id).toBe('two');
    // Nested parts are passed on by reference, never copied or written into.
    expect(sent(first).attachments![0]).toBe(card);
    expect(sent(second).attachments).toBe(shared.attachments);
    expect(shared).toEqual({ type: 'message', text: 'shared', attachments: [card] });
  });
});
