import { addUserResponse, listUsersResponse } from '@/lib/auth/users-api';
import { usersApiDeps } from '@/lib/auth/users-routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The Users page's list, and adding a person (admins only; the rules are in lib/auth/users-api.ts). */
export async function GET(request: Request): Promise<Response> {
  return listUsersResponse(request, await usersApiDeps());
}

export async function POST(request: Request): Promise<Response> {
  return addUserResponse(request, await usersApiDeps());
}
