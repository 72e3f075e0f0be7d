import 'server-only';

import type { AuditTrail } from '@/lib/audit/types';

import { metrics } from './metrics';

/**
 * The audit log with its writes counted: every writer (the proxy, the account events, `npm run users`) goes
 * through the process's one audit log (lib/auth/index.ts), so counting there misses none and counts none twice.
 */
export function countAuditWrites<T extends AuditTrail>(log: T): T {
  const counted = async <R>(operation: 'record' | 'complete', write: () => Promise<R>): Promise<R> => {
    const { auditWrites, auditFailures } = metrics();
    try {
      const result = await write();
      auditWrites.inc({ operation });
      return result;
    } catch (error) {
      auditFailures.inc({ operation });
      throw error;
    }
  };
  return {
    ...log,
    record: (entry) => counted('record', () => log.record(entry)),
    complete: (id, completion) => counted('complete', () => log.complete(id, completion)),
  };
}
