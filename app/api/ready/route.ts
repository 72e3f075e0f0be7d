import { getConfig } from '@/lib/server/config';
import { isDraining } from '@/lib/server/draining';
import { checkReadiness, readinessResponse } from '@/lib/server/readiness';
import { readinessLogger, readinessProbes } from '@/lib/server/readiness-probes';

// Checks the database and the upstream on every request: never cached, never prerendered.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** `GET|HEAD /api/ready`: 200 when this instance can serve, else 503 naming the check that failed (lib/server/readiness). */
async function ready(request: Request): Promise<Response> {
  const config = getConfig();
  const logger = readinessLogger(config.apiKey);
  const readiness = await checkReadiness(readinessProbes(config), {
    draining: isDraining(),
    onFailure: logger.failed,
  });
  if ('checks' in readiness.body) logger.settled(readiness.body.checks);
  return readinessResponse(readiness, request.method);
}

export const GET = ready;
export const HEAD = ready;
