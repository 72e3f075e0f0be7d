import { metricsAccess } from '@/lib/telemetry/metrics-access';
import { exposition } from '@/lib/telemetry/metrics';
import { telemetrySettings } from '@/lib/telemetry/settings';

// Prometheus reads the live counters: never cached or prerendered.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(`${text}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/**
 * `/metrics` on the dashboard's own port, for a scraper holding METRICS_TOKEN (lib/telemetry/metrics-access).
 * No session: Prometheus has none. Without the setting it is 404, as if it did not exist (METRICS_PORT serves the
 * metrics on a port of their own instead, lib/telemetry/metrics-server.ts).
 */
export async function GET(request: Request): Promise<Response> {
  switch (metricsAccess(request.headers.get('authorization'), telemetrySettings().metricsToken)) {
    case 'not_found':
      return plain(404, 'Not found.');
    case 'unauthorized':
      return plain(401, 'Unauthorized.', { 'www-authenticate': 'Bearer' });
    case 'allowed': {
      const { body, contentType } = await exposition();
      return new Response(body, { headers: { 'content-type': contentType, 'cache-control': 'no-store' } });
    }
  }
}

export const HEAD = GET;
