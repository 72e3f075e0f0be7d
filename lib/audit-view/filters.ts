/**
 * The audit log's filters as the JSON routes take them (`/api/console/audit?actor=…&outcome=failure`): parsed
 * strictly, so a bad value is a 400 naming the parameter instead of a query that silently matches nothing.
 * Browser-safe: the page builds its API URLs with `auditQueryString`.
 */
import { z } from 'zod';

import { type FieldError, validate } from '@/lib/contract/errors';

import type { AuditOutcome } from './record';

export type AuditFilters = {
  /** An actor's email (any case) or id; `system` for start-up and CLI actions. */
  actor?: string;
  /** One action (`sandbox.pause`), or every action under a prefix (`sandbox.*`). */
  action?: string;
  /** A target's id or its name, exactly. */
  target?: string;
  outcome?: AuditOutcome;
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
};

export type AuditQuery = {
  filters: AuditFilters;
  /** Cursor: records older than this one (the next page down). */
  before?: string;
  /** Cursor: records newer than this one (the page above). */
  after?: string;
  limit: number;
};

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
export const MAX_AUDIT_PAGE_SIZE = 200;

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const blankIsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

const text = (name: string, max: number) =>
  z.string().trim().max(max, `${name} is longer than ${max} characters`);

/** A date (a whole UTC day) or an ISO 8601 instant; `to` of a date means the end of that day. */
const instant = (name: 'from' | 'to') =>
  z.string().transform((value, ctx) => {
    const ms = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
    if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: `${name} must be a date like 2025-01-31 or an ISO 8601 time` });
      return z.NEVER;
    }
    return name === 'to' && DATE_ONLY.test(value) ? ms + DAY_MS : ms;
  });

const Schema = z
  .object({
    actor: blankIsUnset(text('actor', 320)),
    action: blankIsUnset(
      z
        .string()
        .trim()
        .regex(
          /^[a-z][a-z_]*(\.[a-z][a-z_]*)*(\.\*)?$/,
          'action must be a dotted action name like sandbox.pause, or a prefix like sandbox.*',
        )
        .max(100, 'action is longer than 100 characters'),
    ),
    target: blankIsUnset(text('target', 320)),
    outcome: blankIsUnset(
      z.enum(['success', 'failure', 'unknown'], { error: 'outcome must be success, failure or unknown' }),
    ),
    from: blankIsUnset(instant('from')),
    to: blankIsUnset(instant('to')),
    before: blankIsUnset(text('before', 200)),
    after: blankIsUnset(text('after', 200)),
    limit: blankIsUnset(
      z
        .string()
        .regex(/^\d+$/, 'limit must be a whole number')
        .transform(Number)
        .pipe(
          z
            .number()
            .min(1, 'limit must be at least 1')
            .max(MAX_AUDIT_PAGE_SIZE, `limit must be at most ${MAX_AUDIT_PAGE_SIZE}`),
        ),
    ),
  })
  .refine((q) => !(q.before && q.after), { path: ['after'], message: 'give before or after, not both' })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, {
    path: ['to'],
    message: 'to must be later than from',
  });

export type ParsedAuditQuery =
  { ok: true; query: AuditQuery } | { ok: false; message: string; fields: FieldError[] };

/** The query of a request to the audit routes; repeated parameters count by their first value. */
export function parseAuditQuery(params: URLSearchParams): ParsedAuditQuery {
  const first: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in first)) first[key] = value;
  const result = validate(Schema, first);
  if (!result.ok) return result;
  const { before, after, limit, ...filters } = result.data;
  const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
  return {
    ok: true,
    query: { filters: defined as AuditFilters, before, after, limit: limit ?? DEFAULT_AUDIT_PAGE_SIZE },
  };
}

/** The query string for the routes (without `?`): only the values given, times as ISO instants. */
export function auditQueryString(query: Partial<AuditQuery> & { filters?: AuditFilters }): string {
  const params = new URLSearchParams();
  const { filters = {} } = query;
  for (const key of ['actor', 'action', 'target', 'outcome'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.from !== undefined) params.set('from', new Date(filters.from).toISOString());
  if (filters.to !== undefined) params.set('to', new Date(filters.to).toISOString());
  if (query.before) params.set('before', query.before);
  if (query.after) params.set('after', query.after);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  return params.toString();
}
