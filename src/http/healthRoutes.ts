/**
 * GET /healthz (liveness: the process answers; cheap, looks at nothing else) and GET /readyz (readiness:
 * every component, storage and each channel, with its state; 503 while any is not ready). An
 * orchestrator restarts on the first and routes traffic on the second, so Redis or Slack being away
 * takes an instance out of rotation without restarting it.
 */
import type { Request, Response, Server } from 'restify';
import type { Readiness } from '../health/readiness';

export function addHealthRoutes(server: Server, version: string, readiness: Readiness): void {
  const startedAt = Date.now();
  server.get('/healthz', async (req: Request, res: Response) => {
    // With --expose-gc (the soak runs the bot so), ?gc=1 measures the live heap rather than garbage.
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc && new URLSearchParams(req.getQuery()).get('gc') === '1') gc();
    const { rss, heapUsed } = process.memoryUsage();
    res.send(200, {
      status: 'ok',
      version,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      memory: { rssBytes: rss, heapUsedBytes: heapUsed },
    });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const { ready, components } = readiness.report();
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', components });
  });
}
