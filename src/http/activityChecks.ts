/**
 * What POST /api/messages checks in a body before any bot code runs: that it is an activity, and that
 * every id a client chooses is short. Ids become state keys, rate-limit keys and log hashes, so an
 * unbounded id would be unbounded memory in each of them.
 */

/** Longest conversation, user, recipient, channel or activity id accepted. */
export const MAX_ID_LENGTH = 256;
/** Longest activity type accepted (real ones are short words). */
const MAX_TYPE_LENGTH = 64;
/** Longest service URL accepted. */
const MAX_SERVICE_URL_LENGTH = 2_048;

type Fields = Record<string, unknown>;

/** Why this body is not an acceptable activity, or undefined when it is. */
export function activityProblem(body: unknown): string | undefined {
  if (!isObject(body) || typeof body.type !== 'string') {
    return 'The body must be a Bot Framework activity (JSON with a type).';
  }
  if (body.type.length > MAX_TYPE_LENGTH) return `The activity type is longer than ${MAX_TYPE_LENGTH} characters.`;
  for (const name of ['conversation', 'from', 'recipient']) {
    const account = body[name];
    if (account !== undefined && account !== null && !isObject(account)) return `${name} must be an object.`;
  }
  const ids: [string, unknown][] = [
    ['id', body.id],
    ['replyToId', body.replyToId],
    ['channelId', body.channelId],
    ['conversation.id', idOf(body.conversation)],
    ['from.id', idOf(body.from)],
    ['recipient.id', idOf(body.recipient)],
  ];
  for (const [name, value] of ids) {
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return `${name} must be a string.`;
    if (value.length > MAX_ID_LENGTH) return `${name} is longer than ${MAX_ID_LENGTH} characters.`;
  }
  const { serviceUrl } = body;
  if (serviceUrl !== undefined && (typeof serviceUrl !== 'string' || serviceUrl.length > MAX_SERVICE_URL_LENGTH)) {
    return `serviceUrl must be a string of at most ${MAX_SERVICE_URL_LENGTH} characters.`;
  }
  return undefined;
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(account: unknown): unknown {
  return isObject(account) ? account.id : undefined;
}
