import { auditRouteDeps } from '@/lib/audit/route-deps';
import { templateActivity } from '@/lib/audit/routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** One template's records, newest first, for every role that may see templates (who started each build). */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  return templateActivity(request, id, auditRouteDeps(request));
}
