/** Structured logs with pino. Never log message text at info level, nor anything personal. */
import { createHash } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'nutribot' }, redact: ['req.headers.authorization', '*.authorization'] };
  return destination ? pino(options, destination) : pino(options);
}

/** A stable, non-reversible id for a conversation, so logs can be correlated without identifying anyone. */
export function hashId(id: string | undefined): string {
  return id ? createHash('sha256').update(id).digest('hex').slice(0, 12) : 'none';
}
