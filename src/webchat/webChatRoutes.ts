/** Routes of the local browser chat: the page, Web Chat's script from node_modules, and Direct Line v3. */
import { createReadStream, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Request, Response, Server } from 'restify';
import { jsonBody } from '../http/bodyHandlers';
import type { DirectLineShim } from './directLineShim';
import { WEB_CHAT_PAGE } from './webChatPage';

/** Web Chat's prebuilt bundle, when the (development) package is installed. */
function webChatBundle(): string | undefined {
  try {
    // The package's exports hide dist/, so find it next to the package's CommonJS entry (lib/index.js).
    const bundle = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
    return existsSync(bundle) ? bundle : undefined;
  } catch {
    return undefined;
  }
}

const TOO_MANY = {
  code: 'TooManyRequests',
  message: 'You’re sending messages faster than I can keep up with. Please wait a few seconds.',
};

export function addWebChatRoutes(server: Server, shim: DirectLineShim, maxBodyBytes: number): void {
  const bundle = webChatBundle();
  const session = (conversationId: string) => ({ conversationId, token: 'local', expires_in: 3600 });

  server.get('/', async (_req: Request, res: Response) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(WEB_CHAT_PAGE);
  });

  server.get('/favicon.ico', async (_req: Request, res: Response) => {
    res.send(204);
  });

  server.get('/webchat/webchat.js', async (_req: Request, res: Response) => {
    if (!bundle) {
      res.send(404, {
        code: 'NotFound',
        message: 'botframework-webchat is not installed (it is a development dependency).',
      });
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/javascript; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    });
    await new Promise<void>((resolve, reject) =>
      createReadStream(bundle).on('error', reject).on('end', resolve).pipe(res),
    );
  });

  // Web Chat starts a conversation without a body; one it sends anyway must be JSON within the limit.
  server.post(
    '/v3/directline/conversations',
    jsonBody(maxBodyBytes, { allowEmpty: true }),
    async (req: Request, res: Response) => {
      const conversationId = await shim.startConversation(req.socket.remoteAddress ?? 'unknown');
      if (!conversationId) return void res.send(429, TOO_MANY);
      res.send(201, session(conversationId));
    },
  );

  server.get('/v3/directline/conversations/:id', async (req: Request, res: Response) => {
    const id = String(req.params.id);
    if (!shim.has(id)) return void res.send(404, { code: 'NotFound', message: 'No such conversation.' });
    res.send(200, session(id));
  });

  server.post(
    '/v3/directline/conversations/:id/activities',
    jsonBody(maxBodyBytes),
    async (req: Request, res: Response) => {
      const id = String(req.params.id);
      if (!shim.has(id)) return void res.send(404, { code: 'NotFound', message: 'No such conversation.' });
      const body: unknown = req.body;
      if (
        !body ||
        typeof body !== 'object' ||
        Array.isArray(body) ||
        typeof (body as { type?: unknown }).type !== 'string'
      ) {
        return void res.send(400, { code: 'BadRequest', message: 'The body must be an activity.' });
      }
      if (await shim.isLimited(id)) return void res.send(429, TOO_MANY);
      res.send(200, { id: await shim.receive(id, body as Record<string, unknown>) });
    },
  );

  server.get('/v3/directline/conversations/:id/activities', async (req: Request, res: Response) => {
    const id = String(req.params.id);
    if (!shim.has(id)) return void res.send(404, { code: 'NotFound', message: 'No such conversation.' });
    const watermark = Number(new URLSearchParams(req.getQuery()).get('watermark') ?? 0) || 0;
    res.send(200, shim.activitiesSince(id, watermark));
  });
}
