import { acceptInviteResponse } from '@/lib/auth/users-api';
import { usersApiDeps } from '@/lib/auth/users-routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The invited person sets their password with the link's token; no session needed (they have none yet). */
export async function POST(request: Request): Promise<Response> {
  return acceptInviteResponse(request, await usersApiDeps());
}
