/**
 * The process-level guarantee for request streams: every request and response gets an 'error'
 * listener before restify or any route sees it. A stream that fails (a client resetting the
 * connection, a broken chunked body) then ends only its own request; an 'error' event without a
 * listener would otherwise be thrown as an uncaught exception and stop the whole process.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import { errorForLog } from '../logFields';

export function guardRequestStreams(server: Server, logger: Logger): void {
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    req.on('error', (error: Error) => logger.warn({ err: errorForLog(error) }, 'request stream failed'));
    res.on('error', (error: Error) => logger.warn({ err: errorForLog(error) }, 'response stream failed'));
  });
}
