/**
 * Reads a request body before anything else looks at it, and only as the route allows: the media types
 * it accepts (415 otherwise), no Content-Encoding (415: nothing is ever inflated), at most `limit` bytes
 * actually read (413), UTF-8 text. No multipart or form parser and no decompression stream is involved,
 * so nothing reaches the disk and no stream exists that could fail outside this request's promise.
 */
import type { IncomingMessage } from 'node:http';
import { parse as parseContentType } from 'content-type';
import getRawBody from 'raw-body';

/** A request refused for its body: the status and a short reason for the client (never a stack). */
export class BodyError extends Error {
  override name = 'BodyError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface BodyRules {
  /** Largest body accepted, in bytes read from the wire. */
  limit: number;
  /** Lower-case media types the route accepts, e.g. ['application/json']. */
  mediaTypes: readonly string[];
  /** A request without a body is accepted (as ''), whatever its Content-Type. */
  allowEmpty?: boolean;
}

export interface RequestBody {
  text: string;
  /** The media type without parameters, lower-case; '' for an accepted empty body. */
  mediaType: string;
}

export async function readBody(req: IncomingMessage, rules: BodyRules): Promise<RequestBody> {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    throw new BodyError(415, 'UnsupportedMediaType', 'Compressed or encoded bodies are not accepted.');
  }
  if (rules.allowEmpty && !announcesBody(req)) return { text: '', mediaType: '' };
  const mediaType = acceptedMediaType(req, rules.mediaTypes);
  try {
    const text = await getRawBody(req, { length: req.headers['content-length'], limit: rules.limit, encoding: 'utf8' });
    return { text, mediaType };
  } catch (error) {
    if ((error as { type?: string }).type === 'entity.too.large') {
      throw new BodyError(413, 'PayloadTooLarge', `The body is larger than ${rules.limit} bytes.`);
    }
    throw new BodyError(400, 'BadRequest', 'The body could not be read.');
  }
}

/** JSON text to a value; malformed JSON is the client's error (400). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'BadRequest', 'The body is not valid JSON.');
  }
}

function announcesBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return length !== undefined ? Number(length) !== 0 : req.headers['transfer-encoding'] !== undefined;
}

function acceptedMediaType(req: IncomingMessage, accepted: readonly string[]): string {
  let type: string;
  let charset: string | undefined;
  try {
    const parsed = parseContentType(req.headers['content-type'] ?? '');
    type = parsed.type;
    charset = parsed.parameters.charset?.toLowerCase();
  } catch {
    throw new BodyError(415, 'UnsupportedMediaType', `The Content-Type must be ${accepted.join(' or ')}.`);
  }
  if (!accepted.includes(type) || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    throw new BodyError(415, 'UnsupportedMediaType', `The Content-Type must be ${accepted.join(' or ')} (UTF-8).`);
  }
  return type;
}
