import { auditRouteDeps } from '@/lib/audit/route-deps';
import { exportAudit } from '@/lib/audit/routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The filtered audit log as a CSV download, streamed (admins only). */
export function GET(request: Request): Promise<Response> {
  return exportAudit(request, auditRouteDeps(request));
}
