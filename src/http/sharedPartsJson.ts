/**
 * JSON.stringify, except that the JSON of frozen objects is computed once and reused.
 *
 * Replies built from the knowledge base are rendered once and shared frozen (dialogs/replies/
 * sharedReplies.ts); serialising their Adaptive Card (a deep tree of small objects) was the largest
 * remaining cost of an HTTP turn. A frozen object cannot change, so its JSON can be kept beside it.
 * The output is exactly JSON.stringify's (a test compares the two).
 */
const jsonOfFrozen = new WeakMap<object, string>();

/** An object or array that could hold a frozen part (Dates and other toJSON values serialise themselves). */
function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

export function stringifySharingFrozen(value: unknown): string | undefined {
  if (!isContainer(value)) return JSON.stringify(value);
  if (Object.isFrozen(value)) {
    let json = jsonOfFrozen.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      jsonOfFrozen.set(value, json);
    }
    return json;
  }
  if (Array.isArray(value)) {
    if (!value.some(isContainer)) return JSON.stringify(value);
    return `[${value.map((item) => stringifySharingFrozen(item) ?? 'null').join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // Nothing nested: one native call. Otherwise runs of plain members are serialised together, in order.
  if (!keys.some((key) => isContainer(record[key]))) return JSON.stringify(record);
  const members: string[] = [];
  // No prototype: a member named "__proto__" (JSON.parse makes those) must stay a plain member.
  let plain: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  let plainCount = 0;
  const flushPlain = () => {
    if (!plainCount) return;
    const json = JSON.stringify(plain);
    if (json.length > 2) members.push(json.slice(1, -1));
    plain = Object.create(null) as Record<string, unknown>;
    plainCount = 0;
  };
  for (const key of keys) {
    const member = record[key];
    if (!isContainer(member)) {
      plain[key] = member;
      plainCount++;
      continue;
    }
    flushPlain();
    members.push(`${JSON.stringify(key)}:${stringifySharingFrozen(member)}`);
  }
  flushPlain();
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
