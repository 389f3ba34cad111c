/**
 * restify handlers that read a POST route's body with readBody before the route runs, and answer a
 * refused body themselves (415, 413, 400) so the route never sees it.
 */
import type { Next, Request, RequestHandler, Response } from 'restify';
import { BodyError, type BodyRules, type RequestBody, parseJson, readBody } from './requestBody';

const JSON_ONLY = ['application/json'];

/** Reads a JSON body into req.body (undefined for an accepted empty body). */
export function jsonBody(limit: number, options: { allowEmpty?: boolean } = {}): RequestHandler {
  return readFirst({ limit, mediaTypes: JSON_ONLY, allowEmpty: options.allowEmpty }, (req, body) => {
    req.body = body.text === '' && options.allowEmpty ? undefined : parseJson(body.text);
  });
}

/** Keeps the body as text (req.rawBody holds a RequestBody), for a route that must check a signature over it. */
export function textBody(limit: number, mediaTypes: readonly string[]): RequestHandler {
  return readFirst({ limit, mediaTypes }, (req, body) => {
    req.rawBody = body;
  });
}

/** The body textBody kept for this request. */
export function rawBodyOf(req: Request): RequestBody {
  return req.rawBody as RequestBody;
}

function readFirst(rules: BodyRules, keep: (req: Request, body: RequestBody) => void): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    readBody(req, rules)
      .then((body) => {
        keep(req, body);
        next();
      })
      .catch((error: unknown) => {
        const refused = error instanceof BodyError ? error : new BodyError(400, 'BadRequest', 'Bad request.');
        // Tell the client not to send more on this connection: an unread body may still be arriving.
        if (refused.status === 413) res.setHeader('connection', 'close');
        res.send(refused.status, { code: refused.code, message: refused.message });
        next(false);
      });
  };
}
