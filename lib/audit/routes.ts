import 'server-only';

import { type Action, can, forbiddenMessage } from '@/lib/access/permissions';
import { parseAuditQuery } from '@/lib/audit-view/filters';
import { isUuid } from '@/lib/contract/ids';
import { errorResponse } from '@/lib/server/errors';
import { serverLog } from '@/lib/telemetry/logger';

import { csvStream } from './csv';
import { type AuditLog, InvalidCursorError } from './store';

/**
 * The audit log's JSON routes (under /api/console/audit) as plain functions of their dependencies, so the
 * route files only wire them and the tests call them directly. Errors in the API's envelope, like the proxy's.
 */
export type AuditRouteDeps = {
  /** The signed-in person's role, or null without a session. */
  actor: () => Promise<{ role: string } | null>;
  audit: () => Promise<AuditLog>;
};

export const ACTIVITY_PAGE_SIZE = 20;

async function refusal(deps: AuditRouteDeps, action: Action): Promise<Response | null> {
  const actor = await deps.actor();
  if (!actor) return errorResponse(401, 'unauthenticated', 'Your session has ended. Sign in again.');
  if (!can(actor.role, action)) return errorResponse(403, 'forbidden', forbiddenMessage(actor.role, action));
  return null;
}

const unavailable = () =>
  errorResponse(503, 'audit_unavailable', 'The audit log could not be read. Try again in a moment.');

function badQuery(message: string, fields: Array<{ path: string; message: string }>): Response {
  return errorResponse(400, 'bad_request', message, { fields });
}

/** Runs a read of the log; a cursor that is not ours is the caller's mistake (400), anything else 503. */
async function reading(
  deps: AuditRouteDeps,
  read: (audit: AuditLog) => Promise<Response>,
): Promise<Response> {
  let audit: AuditLog;
  try {
    audit = await deps.audit();
  } catch {
    return unavailable();
  }
  try {
    return await read(audit);
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      return badQuery(error.message, [{ path: error.param, message: error.message }]);
    }
    serverLog().error(
      `[audit] reading the log failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return unavailable();
  }
}

const noStore = { 'cache-control': 'no-store' };

/** GET /api/console/audit?actor=&action=&target=&outcome=&from=&to=&before=|after=&limit= (admins). */
export async function listAudit(request: Request, deps: AuditRouteDeps): Promise<Response> {
  const refused = await refusal(deps, 'audit.read');
  if (refused) return refused;
  const parsed = parseAuditQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return badQuery(parsed.message, parsed.fields);
  return reading(deps, async (audit) => Response.json(await audit.query(parsed.query), { headers: noStore }));
}

/** GET /api/console/audit/export?<the same filters>: every matching record as CSV, streamed (admins). */
export async function exportAudit(
  request: Request,
  deps: AuditRouteDeps,
  now = new Date(),
): Promise<Response> {
  const refused = await refusal(deps, 'audit.read');
  if (refused) return refused;
  const parsed = parseAuditQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return badQuery(parsed.message, parsed.fields);
  return reading(deps, async (audit) => {
    const filename = `audit-log-${now.toISOString().slice(0, 10)}.csv`;
    return new Response(csvStream(audit.records(parsed.query.filters)), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'x-content-type-options': 'nosniff',
        ...noStore,
      },
    });
  });
}

/** GET /api/console/audit/sandboxes/{id}?before=|after=: one sandbox's records, for anyone who may see it. */
export async function sandboxActivity(request: Request, id: string, deps: AuditRouteDeps): Promise<Response> {
  const refused = await refusal(deps, 'sandbox.read');
  if (refused) return refused;
  if (!isUuid(id)) return errorResponse(404, 'not_found', 'There is no sandbox with that id.');
  return targetActivity(request, deps, { targetType: 'sandbox', targetId: id.toLowerCase() });
}

/**
 * GET /api/console/audit/templates/{id}?before=|after=|limit=: one template's records (its create, builds,
 * cancels, delete), for anyone who may see the template; its page names who started each build from them.
 */
export async function templateActivity(
  request: Request,
  id: string,
  deps: AuditRouteDeps,
): Promise<Response> {
  const refused = await refusal(deps, 'template.read');
  if (refused) return refused;
  if (id === '' || id.length > 128)
    return errorResponse(404, 'not_found', 'There is no template with that id.');
  // The proxy records a template's UUID in one case (see lib/server/proxy-audit): look it up the same way.
  return targetActivity(request, deps, {
    targetType: 'template',
    targetId: isUuid(id) ? id.toLowerCase() : id,
  });
}

/** One target's records, a page at a time: only the paging parameters are read, the target is the filter. */
async function targetActivity(
  request: Request,
  deps: AuditRouteDeps,
  target: { targetType: string; targetId: string },
): Promise<Response> {
  const params = new URL(request.url).searchParams;
  // Only the paging parameters: the target is the filter, and nothing else of the log shows through here.
  const paging = new URLSearchParams();
  for (const key of ['before', 'after', 'limit']) {
    const value = params.get(key);
    if (value !== null) paging.set(key, value);
  }
  const parsed = parseAuditQuery(paging);
  if (!parsed.ok) return badQuery(parsed.message, parsed.fields);
  const { before, after } = parsed.query;
  const limit = params.has('limit') ? parsed.query.limit : ACTIVITY_PAGE_SIZE;
  return reading(deps, async (audit) =>
    Response.json(await audit.query({ filters: target, before, after, limit }), { headers: noStore }),
  );
}
