import 'server-only';

import { createServer, type Server } from 'node:http';

import { onShutdown } from '@/lib/server/shutdown-hooks';

import { exposition } from './metrics';

/**
 * `/metrics` on a port of its own (METRICS_PORT, on METRICS_HOST): no token, so it belongs on an address only the
 * scraper reaches (loopback by default, a private network, a Kubernetes pod port). Only GET/HEAD /metrics;
 * everything else is 404 or 405, and the dashboard itself is not reachable here.
 */
export function startMetricsServer(port: number, host: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?', 1)[0];
    if (path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.\n');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('Method not allowed.\n');
      return;
    }
    exposition().then(
      ({ body, contentType }) => {
        response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Metrics failed.\n');
      },
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      onShutdown('metrics-server', () => new Promise<void>((done) => server.close(() => done())));
      resolve(server);
    });
  });
}
