import type { AuditTrail } from '@/lib/audit/types';
import { getAuthSettings, getConsole } from '@/lib/auth';
import { actorFor } from '@/lib/auth/actor';
import { getConfig } from '@/lib/server/config';
import { proxyRequest } from '@/lib/server/proxy';
import { getUpstream } from '@/lib/server/upstream';

// The proxy needs Node (the embedded API uses SQLite) and must never be cached or prerendered.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ path: string[] }> };

/** The process's audit log, opened on first use: a database that can't be reached makes a write fail closed (503). */
const audit: AuditTrail = {
  record: async (entry) => (await getConsole()).audit.record(entry),
  complete: async (id, completion) => (await getConsole()).audit.complete(id, completion),
};

/** `/api/<path>` → the configured upstream's `/<path>`; every rule lives in lib/server/proxy.ts. */
async function proxy(request: Request, context: Context): Promise<Response> {
  const { path } = await context.params;
  const config = getConfig();
  return proxyRequest(request, path, {
    config,
    upstream: getUpstream(config),
    requester: () => actorFor(request.headers),
    audit,
    publicOrigin: getAuthSettings().publicUrl,
  });
}

export const GET = proxy;
export const HEAD = proxy;
export const POST = proxy;
export const PUT = proxy;
export const PATCH = proxy;
export const DELETE = proxy;
// Answered by the allow-list (204 with the path's own `Allow`), not by Next's automatic OPTIONS, which would list
// every method exported here.
export const OPTIONS = proxy;
