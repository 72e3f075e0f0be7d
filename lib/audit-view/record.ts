/**
 * What the browser knows of the audit log: a record as the dashboard's JSON routes send it, and a page of them.
 * Pure types, shared by the server (lib/audit builds them) and the browser (components/audit shows them).
 */

/** 'unknown' until the answer is known: a process stopped between recording and answering leaves it so. */
export type AuditOutcome = 'unknown' | 'success' | 'failure';

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['success', 'failure', 'unknown'];

/** Who acted. The system (start-up, the CLI) is `{ id: 'system', email: 'system' }`; a failed sign-in has no id. */
export type AuditActor = { id: string | null; email: string | null; role: string | null };

export type AuditTarget = { type: string | null; id: string | null; name: string | null };

export type AuditRecord = {
  id: string;
  /** Epoch milliseconds. */
  at: number;
  actor: AuditActor;
  /** A dotted name: the permission table's for proxied writes (`sandbox.pause`), `account.*`/`user.*` for accounts. */
  action: string;
  target: AuditTarget;
  outcome: AuditOutcome;
  /** The HTTP status of the answer (null while unknown). */
  status: number | null;
  /** The API's error code for a failure (`not_found`, `conflict`…), when it gave one. */
  errorCode: string | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
  /** What else is worth knowing (an exec's command, env var NAMES). Never a secret. */
  details: Record<string, unknown> | null;
};

/** One page, newest first. `older`/`newer` are opaque cursors for the next page either way, or null at an end. */
export type AuditPage = { records: AuditRecord[]; older: string | null; newer: string | null };

export const SYSTEM_ACTOR: AuditActor = { id: 'system', email: 'system', role: null };
