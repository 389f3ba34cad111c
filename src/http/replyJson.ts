/**
 * The JSON formatter for every response: JSON.stringify's output, with the parts of an activity that are
 * shared renderings (a food table's Adaptive Card, built and frozen once) serialised once and reused.
 * An expectReplies body is mostly such a card, and serialising it was a visible share of a Q&A turn.
 */
import type { Request, Response } from 'restify';
import { jsonOf } from '../../dialogs/replies/sharedReplies';

/** An object's JSON built field by field, each field's value through jsonOf. */
function objectJson(value: Record<string, unknown>): string {
  const fields: string[] = [];
  for (const key of Object.keys(value)) {
    const json = jsonOf(value[key]);
    if (json !== undefined) fields.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${fields.join(',')}}`;
}

/** What JSON.stringify gives for a response body, reusing the JSON of the activities' shared parts. */
export function responseJson(body: unknown): string {
  if (!isPlainObject(body) || !Array.isArray(body.activities) || Object.keys(body).length !== 1) {
    return JSON.stringify(body) ?? 'null';
  }
  const activities = body.activities.map((a: unknown) => (isPlainObject(a) ? objectJson(a) : JSON.stringify(a)));
  return `{"activities":[${activities.join(',')}]}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  // A class instance may have toJSON or getters; only plain objects are taken apart.
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}

/** restify's formatter signature: serialise, and set the length as restify's own JSON formatter does. */
export function formatJson(_req: Request, res: Response, body: unknown): string {
  const data = body === undefined ? 'null' : responseJson(body);
  res.setHeader('Content-Length', Buffer.byteLength(data));
  return data;
}
