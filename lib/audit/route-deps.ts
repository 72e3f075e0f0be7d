import 'server-only';

import { getConsole } from '@/lib/auth';
import { actorFor } from '@/lib/auth/actor';

import type { AuditRouteDeps } from './routes';

/** The audit routes' dependencies for one request: who is asking (their session) and this process's audit log. */
export function auditRouteDeps(request: Request): AuditRouteDeps {
  return {
    actor: () => actorFor(request.headers),
    audit: async () => (await getConsole()).audit,
  };
}
