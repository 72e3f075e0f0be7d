import { SetupSchema } from '@/lib/access/account-schemas';
import { getAuthSettings, getConsole } from '@/lib/auth';
import { createFirstAdmin } from '@/lib/auth/setup';
import { readJsonBody } from '@/lib/server/body';
import { errorResponse } from '@/lib/server/errors';
import { isCrossSite } from '@/lib/server/origin';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * First-run setup: creates the first administrator while no user exists, and is closed for good after. Open
 * without a session (there is nobody to sign in as yet), so it refuses cross-site posts like every write.
 */
export async function POST(request: Request): Promise<Response> {
  if (isCrossSite(request, getAuthSettings().publicUrl)) {
    return errorResponse(403, 'forbidden', 'Setup can only be done from the dashboard itself.');
  }
  const body = await readJsonBody(request, SetupSchema);
  if (!body.ok) return body.response;
  const input = SetupSchema.parse(JSON.parse(body.json));
  const outcome = await createFirstAdmin(await getConsole(), input);
  if (outcome.ok) return Response.json({ ok: true }, { status: 201 });
  if (outcome.reason === 'closed') {
    return errorResponse(409, 'setup_closed', 'This dashboard is already set up. Sign in instead.');
  }
  return errorResponse(400, 'invalid_request', outcome.message);
}
