import { auditRouteDeps } from '@/lib/audit/route-deps';
import { sandboxActivity } from '@/lib/audit/routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** One sandbox's records, newest first, for every signed-in role (its page's Activity card). */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  return sandboxActivity(request, id, auditRouteDeps(request));
}
