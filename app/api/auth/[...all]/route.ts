import { getConsole } from '@/lib/auth';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** better-auth's own endpoints (sign-in, sign-out, sessions, the admin plugin's user management). */
async function handle(request: Request): Promise<Response> {
  const { auth } = await getConsole();
  return auth.handler(request);
}

export const GET = handle;
export const POST = handle;
