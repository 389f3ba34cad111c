/**
 * Values that are safe to put in a log line: ids hashed with a per-deployment secret, client-supplied
 * strings cut to a length, and errors reduced to their kind (never a remote body or a request's headers).
 */
import { createHmac, randomBytes } from 'node:crypto';

/** Client-supplied strings (channel ids, activity types, paths) are cut to this many characters. */
export const MAX_LOGGED_TEXT = 64;
/** Error messages are our own or a library's; still cut, in case one quotes its input. */
const MAX_LOGGED_MESSAGE = 200;
/** Conversations come back turn after turn; hashing each id once is enough. */
const MAX_HASHED_IDS = 10_000;
/** Longer ids are hashed but not kept (they are refused at the door anyway). */
const MAX_CACHED_ID_LENGTH = 256;

/**
 * Without LOG_HASH_SALT each process draws its own secret, so a known id (a Slack user or channel)
 * can't be confirmed by hashing it; set LOG_HASH_SALT to correlate logs across instances and restarts.
 */
let salt: Buffer | string = randomBytes(32);
const hashedIds = new Map<string, string>();

export function useLogHashSalt(secret: string): void {
  salt = secret;
  hashedIds.clear();
}

/** A stable, non-reversible id for a conversation or user, so logs can be correlated without identifying anyone. */
export function hashId(id: string | undefined): string {
  if (!id) return 'none';
  let hashed = hashedIds.get(id);
  if (hashed === undefined) {
    hashed = createHmac('sha256', salt).update(id).digest('hex').slice(0, 12);
    if (id.length <= MAX_CACHED_ID_LENGTH) {
      if (hashedIds.size >= MAX_HASHED_IDS) hashedIds.clear();
      hashedIds.set(id, hashed);
    }
  }
  return hashed;
}

/** A client-supplied value for a log line: strings cut to `max` characters, anything else by its type. */
export function logText(value: unknown, max = MAX_LOGGED_TEXT): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = typeof value === 'string' ? value : `(${typeof value})`;
  return text.length > max ? `${text.slice(0, max)}…(${text.length})` : text;
}

export interface LoggedError {
  type: string;
  message?: string;
  status?: number;
  code?: string;
  stack?: string;
}

/**
 * An error as a log line may show it. An HTTP error from an outbound call (it carries a status or a
 * response) is logged by its kind and status only: its message and fields may quote the remote body, and
 * its request holds the bot's bearer token.
 */
export function errorForLog(error: unknown, options: { stack?: boolean } = {}): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error };
  const fields = error as Error & { statusCode?: unknown; status?: unknown; code?: unknown; response?: unknown };
  const status = [fields.statusCode, fields.status].find((s): s is number => typeof s === 'number');
  if (status !== undefined || fields.response !== undefined) {
    // Not even `code`: an HTTP client error takes it from the remote body.
    return { type: logText(error.name) ?? 'Error', status };
  }
  const code = typeof fields.code === 'string' ? logText(fields.code) : undefined;
  return {
    type: logText(error.name) ?? 'Error',
    message: logText(error.message, MAX_LOGGED_MESSAGE),
    code,
    ...(options.stack ? { stack: error.stack } : {}),
  };
}
