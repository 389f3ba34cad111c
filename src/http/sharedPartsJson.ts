/**
 * JSON.stringify, except that the JSON of frozen objects is computed once and reused.
 *
 * Replies built from the knowledge base are rendered once and shared frozen (dialogs/replies/
 * sharedReplies.ts); serialising their Adaptive Card (a deep tree of small objects) was the largest
 * remaining cost of an HTTP turn. A frozen object cannot change, so its JSON can be kept beside it.
 * The output is exactly JSON.stringify's (a test compares the two).
 */
const jsonOfFrozen = new WeakMap<object, string>();

export function stringifySharingFrozen(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Object.isFrozen(value)) {
    let json = jsonOfFrozen.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      jsonOfFrozen.set(value, json);
    }
    return json;
  }
  // Objects with their own JSON form (Dates, Buffers) and arrays are left to JSON.stringify's rules.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => stringifySharingFrozen(item) ?? 'null').join(',')}]`;
  const members: string[] = [];
  for (const key of Object.keys(value)) {
    const member = stringifySharingFrozen((value as Record<string, unknown>)[key]);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
}

/** A restify formatter for application/json built on it (restify's own sets Content-Length too). */
export function formatJsonSharingFrozen(
  _req: unknown,
  res: { setHeader(name: string, value: number): void },
  body: unknown,
): string {
  const data = body === undefined ? 'null' : (stringifySharingFrozen(body) ?? 'null');
  res.setHeader('Content-Length', Buffer.byteLength(data));
  return data;
}
