import { getConfig } from '@/lib/server/config';
import { serveEmulator } from '@/lib/server/emulator-http';
import { errorResponse } from '@/lib/server/errors';
import { getEmulator } from '@/lib/server/upstream';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The embedded API over HTTP, so the official SDK, the CLI and curl can use it:
 * SUPERSERVE_BASE_URL=http://localhost:3000/emulator. Only in local mode: with a real key configured there is
 * no embedded API to serve, and this must not become a second way into the real one.
 */
async function serveLocalEmulator(request: Request): Promise<Response> {
  const config = getConfig();
  if (config.mode !== 'local') {
    return errorResponse(
      404,
      'not_found',
      'The embedded API is only served when no SUPERSERVE_API_KEY is set.',
    );
  }
  const api = await getEmulator(config);
  return serveEmulator(request, (upstreamRequest) => api.handle(upstreamRequest));
}

export const GET = serveLocalEmulator;
export const HEAD = serveLocalEmulator;
export const POST = serveLocalEmulator;
export const PUT = serveLocalEmulator;
export const PATCH = serveLocalEmulator;
export const DELETE = serveLocalEmulator;
export const OPTIONS = serveLocalEmulator;
