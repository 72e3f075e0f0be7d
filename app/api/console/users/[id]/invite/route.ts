import { newInviteResponse } from '@/lib/auth/users-api';
import { usersApiDeps } from '@/lib/auth/users-routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** A new one-time link for someone (an expired invite, a forgotten password), shown once. Admins only. */
export async function POST(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  return newInviteResponse(request, id, await usersApiDeps());
}
