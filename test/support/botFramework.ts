/** Builders for Bot Framework activities and a client that speaks the protocol to a running server. */
import type { Activity } from 'botbuilder';

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
