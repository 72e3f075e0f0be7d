import { auditRouteDeps } from '@/lib/audit/route-deps';
import { listAudit } from '@/lib/audit/routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A page of the audit log, newest first, filtered (admins only). */
export function GET(request: Request): Promise<Response> {
  return listAudit(request, auditRouteDeps(request));
}
