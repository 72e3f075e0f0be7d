/**
 * The /audit page's state, which IS its URL (so a filtered view can be shared and reloaded): the filters as a
 * person typed them (dates as days of their own calendar) and the cursor of the page shown. Read tolerantly —
 * a hand-edited value is dropped, not sent on — and turned into the routes' query by `auditApiQuery`.
 */
import { auditQueryString } from './filters';
import { AUDIT_OUTCOMES, type AuditOutcome } from './record';

export type AuditPageState = {
  actor: string;
  action: string;
  target: string;
  outcome: AuditOutcome | '';
  /** YYYY-MM-DD, the first day shown (local time). */
  from: string;
  /** YYYY-MM-DD, the last day shown, inclusive (local time). */
  to: string;
  before?: string;
  after?: string;
};

export const EMPTY_AUDIT_STATE: AuditPageState = {
  actor: '',
  action: '',
  target: '',
  outcome: '',
  from: '',
  to: '',
};

type Params = { get(name: string): string | null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z][a-z_]*(\.[a-z][a-z_]*)*(\.\*)?$/;

const day = (value: string | null) =>
  value && DAY.test(value) && dayStart(value) !== undefined ? value : '';

export function parseAuditPageState(params: Params): AuditPageState {
  const text = (name: string) => (params.get(name) ?? '').trim().slice(0, 320);
  const outcome = params.get('outcome');
  const action = text('action');
  const before = text('before');
  const after = text('after');
  return {
    actor: text('actor'),
    action: ACTION.test(action) ? action : '',
    target: text('target'),
    outcome: AUDIT_OUTCOMES.includes(outcome as AuditOutcome) ? (outcome as AuditOutcome) : '',
    from: day(params.get('from')),
    to: day(params.get('to')),
    ...(before ? { before } : after ? { after } : {}),
  };
}

export function hasAuditFilters(state: AuditPageState): boolean {
  return Boolean(state.actor || state.action || state.target || state.outcome || state.from || state.to);
}

/** The page's own URL for a state: only what is set, in a fixed order. */
export function auditPageHref(state: AuditPageState, pathname = '/audit'): string {
  const params = new URLSearchParams();
  for (const key of ['actor', 'action', 'target', 'outcome', 'from', 'to', 'before', 'after'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Midnight at the start of a YYYY-MM-DD day, in the browser's time zone or in UTC, as epoch ms. */
function dayStart(value: string, { plusDays = 0, utc = false } = {}): number | undefined {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const ms = utc ? Date.UTC(y, m - 1, d + plusDays) : new Date(y, m - 1, d + plusDays).getTime();
  return Number.isNaN(ms) || m < 1 || m > 12 || d < 1 || d > 31 ? undefined : ms;
}

/**
 * The routes' query string for a state: days become instants of the calendar the viewer reads times in (this
 * browser's, or UTC's when they chose UTC), `to` inclusive.
 */
export function auditApiQuery(state: AuditPageState, { cursor = true, utc = false } = {}): string {
  const from = state.from ? dayStart(state.from, { utc }) : undefined;
  const to = state.to ? dayStart(state.to, { plusDays: 1, utc }) : undefined;
  return auditQueryString({
    filters: {
      actor: state.actor || undefined,
      action: state.action || undefined,
      target: state.target || undefined,
      outcome: state.outcome || undefined,
      from,
      to,
    },
    before: cursor ? state.before : undefined,
    after: cursor ? state.after : undefined,
  });
}
