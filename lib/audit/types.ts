/**
 * The audit log's server-side shapes: what a caller records, and how it completes a record once the answer is
 * known. The record as read back is lib/audit-view's AuditRecord (the browser sees the same shape).
 */
import type { AuditFilters } from '@/lib/audit-view/filters';
import type { AuditActor, AuditTarget } from '@/lib/audit-view/record';

export type { AuditActor, AuditTarget };

export type AuditEntry = {
  /** Epoch ms; now by default. */
  at?: number;
  actor: AuditActor;
  action: string;
  target?: Partial<AuditTarget>;
  requestId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  /** Anything else worth knowing. Callers put NAMES of env vars here, never values, passwords, tokens or keys. */
  details?: Record<string, unknown> | null;
};

/** The answer to a recorded action, and what it taught us (a created sandbox's id, who signed in). */
export type AuditCompletion = {
  status: number;
  errorCode?: string | null;
  target?: { id?: string | null; name?: string | null };
  actor?: Partial<AuditActor>;
};

/** What a writer needs: record before acting (fail closed if this throws), complete after. */
export type AuditTrail = {
  /** Stores a record with outcome 'unknown'; returns its id. */
  record(entry: AuditEntry): Promise<string>;
  complete(id: string, completion: AuditCompletion): Promise<void>;
};

/** The filters of the /audit page, plus exact target matching for a sandbox's Activity card. */
export type StoreFilters = AuditFilters & { targetType?: string; targetId?: string };
