import { describe, expect, it } from 'vitest';

import {
  auditApiQuery,
  auditPageHref,
  EMPTY_AUDIT_STATE,
  hasAuditFilters,
  parseAuditPageState,
} from './page-state';

const parse = (query: string) => parseAuditPageState(new URLSearchParams(query));

describe('the /audit page state', () => {
  it('reads the URL, dropping what it could not use', () => {
    expect(
      parse(
        'actor=ada@example.com&action=sandbox.*&target=web&outcome=failure&from=2025-01-01&to=2025-01-31&before=c1',
      ),
    ).toEqual({
      actor: 'ada@example.com',
      action: 'sandbox.*',
      target: 'web',
      outcome: 'failure',
      from: '2025-01-01',
      to: '2025-01-31',
      before: 'c1',
    });
    expect(parse('action=DROP&outcome=maybe&from=yesterday&to=2025-13-01')).toEqual(EMPTY_AUDIT_STATE);
  });

  it('writes back the same URL', () => {
    const href = '/audit?actor=ada%40example.com&action=sandbox.pause&outcome=success&to=2025-02-01&after=c2';
    expect(auditPageHref(parse(href.split('?')[1]!))).toBe(href);
    expect(auditPageHref(EMPTY_AUDIT_STATE)).toBe('/audit');
  });

  it('knows when a filter is on (a cursor is not one)', () => {
    expect(hasAuditFilters(parse('before=c1'))).toBe(false);
    expect(hasAuditFilters(parse('outcome=unknown'))).toBe(true);
  });

  it('asks the API for whole local days, the last one included', () => {
    const query = new URLSearchParams(auditApiQuery(parse('from=2025-01-01&to=2025-01-02&before=c1')));
    expect(query.get('from')).toBe(new Date(2025, 0, 1).toISOString());
    expect(query.get('to')).toBe(new Date(2025, 0, 3).toISOString());
    expect(query.get('before')).toBe('c1');
    expect(new URLSearchParams(auditApiQuery(parse('before=c1'), { cursor: false })).has('before')).toBe(
      false,
    );
  });

  it('reads the days as UTC days when the viewer shows times in UTC', () => {
    const query = new URLSearchParams(auditApiQuery(parse('from=2025-01-01&to=2025-01-02'), { utc: true }));
    expect(query.get('from')).toBe('2025-01-01T00:00:00.000Z');
    expect(query.get('to')).toBe('2025-01-03T00:00:00.000Z');
  });
});
