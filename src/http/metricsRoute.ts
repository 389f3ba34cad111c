/**
 * GET /metrics in Prometheus text format. With METRICS_TOKEN set, only a request bearing that token gets
 * them (compared in constant time); without it, anyone who can reach the port can, so keep it on a
 * private network or behind the proxy.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { PrometheusMetrics } from '../metrics/prometheusMetrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function addMetricsRoute(server: Server, metrics: PrometheusMetrics, token: string): void {
  const expected = token ? digest(`Bearer ${token}`) : undefined;
  server.get('/metrics', async (req: Request, res: Response) => {
    const given = req.headers.authorization;
    if (expected && !(typeof given === 'string' && timingSafeEqual(digest(given), expected))) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      res.send(401, { code: 'Unauthorized', message: 'A bearer token is required for /metrics.' });
      return;
    }
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType });
    res.end(body);
  });
}
