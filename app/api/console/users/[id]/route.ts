import { deleteUserResponse, updateUserResponse } from '@/lib/auth/users-api';
import { usersApiDeps } from '@/lib/auth/users-routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** A new role, disabling or enabling; deleting. Admins only, under the last-admin and own-account rules. */
export async function PATCH(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  return updateUserResponse(request, id, await usersApiDeps());
}

export async function DELETE(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  return deleteUserResponse(request, id, await usersApiDeps());
}
