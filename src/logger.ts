/** Structured logs with pino. Never log message text at info level, nor anything personal. */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };
export { hashId } from './logFields';

/**
 * Tokens never reach the logs, wherever a request or its headers are logged. Explicit paths: a wildcard
 * ("*.authorization") made every log call walk the object, tripling the cost of the per-turn line.
 */
const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
];

/** Log lines reach stdout at most this long after they are written, however quiet the bot is. */
const FLUSH_INTERVAL_MS = 1_000;

/**
 * A pino logger. Without a destination it writes to stdout asynchronously in 4 KB chunks (pino's
 * recommended mode for servers: one write per many turns instead of a blocking write per turn), flushed
 * every second and when the process exits.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'nutribot' }, redact: REDACTED_PATHS };
  if (destination) return pino(options, destination);
  const logger = pino(options, pino.destination({ sync: false, minLength: 4096 }));
  setInterval(() => logger.flush(), FLUSH_INTERVAL_MS).unref();
  return logger;
}
