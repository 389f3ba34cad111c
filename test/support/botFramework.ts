/** Builders for Bot Framework activities and a client that speaks the protocol to a running server. */
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';

let counter = 0;

export function messageActivity(
  text: string,
  conversationId = 'conv-1',
  extra: Partial<Activity> = {},
): Partial<Activity> {
  counter++;
  return {
    type: 'message',
    id: `act-${counter}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    from: { id: 'user-1', name: 'Tester' },
    recipient: { id: 'bot', name: 'NutriBot' },
    conversation: { id: conversationId } as Activity['conversation'],
    timestamp: new Date(),
    text,
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

export interface PostResult {
  status: number;
  body: unknown;
  text: string;
}

export async function post(
  baseUrl: string,
  path: string,
  body: string | object,
  headers: Record<string, string> = {},
): Promise<PostResult> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed, text };
}

/** The message replies of an expectReplies response (trace activities come back in the body too). */
export function messageReplies(body: unknown): Partial<Activity>[] {
  const activities = (body as { activities?: Partial<Activity>[] } | undefined)?.activities ?? [];
  return activities.filter((a) => a.type === 'message');
}

/** Everything a person can read in an activity: its text and, for a card, the card's fallback text. */
export function readableText(activity: Partial<Activity>): string {
  const cards = (activity.attachments ?? []).map(
    (a) => (a.content as { fallbackText?: string } | undefined)?.fallbackText ?? '',
  );
  return [activity.text ?? '', ...cards].join('\n');
}

/** The Adaptive Card elements of a given type in an activity's first attachment. */
export function cardElements(activity: Partial<Activity>, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if ((node as { type?: unknown }).type === type) found.push(node as Record<string, unknown>);
      Object.values(node).forEach(walk);
    }
  };
  walk(activity.attachments?.[0]?.content);
  return found;
}

/**
 * Starts the real server on an ephemeral port for the enclosing describe block (local mode unless the
 * environment says otherwise) and stops it afterwards. Returns the base URL once started.
 */
export function useRunningBot(env: Record<string, string> = {}): () => string {
  let bot: RunningBot | undefined;
  beforeAll(async () => {
    bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ...env }));
  });
  afterAll(async () => bot?.stop());
  return () => `http://127.0.0.1:${bot!.port}`;
}
