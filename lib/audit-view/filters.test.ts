import { describe, expect, it } from 'vitest';

import { auditQueryString, DEFAULT_AUDIT_PAGE_SIZE, parseAuditQuery } from './filters';

const parse = (query: string) => parseAuditQuery(new URLSearchParams(query));

describe('parseAuditQuery', () => {
  it('takes nothing as the newest page of everything', () => {
    expect(parse('')).toEqual({ ok: true, query: { filters: {}, limit: DEFAULT_AUDIT_PAGE_SIZE } });
  });

  it('reads every filter, trims text and leaves blanks out', () => {
    expect(
      parse(
        'actor=%20ada@example.com%20&action=sandbox.*&target=web&outcome=failure&from=2025-01-01&to=2025-01-31&limit=10&before=abc',
      ),
    ).toEqual({
      ok: true,
      query: {
        filters: {
          actor: 'ada@example.com',
          action: 'sandbox.*',
          target: 'web',
          outcome: 'failure',
          from: Date.UTC(2025, 0, 1),
          // A date as `to` means the whole of that day.
          to: Date.UTC(2025, 1, 1),
        },
        before: 'abc',
        after: undefined,
        limit: 10,
      },
    });
    expect(parse('actor=&target=%20%20')).toEqual({
      ok: true,
      query: { filters: {}, limit: DEFAULT_AUDIT_PAGE_SIZE },
    });
  });

  it('reads parameters named like Object properties as ordinary, unknown parameters', () => {
    expect(parse('constructor=x&__proto__=y&toString=z&actor=ada')).toEqual({
      ok: true,
      query: { filters: { actor: 'ada' }, limit: DEFAULT_AUDIT_PAGE_SIZE },
    });
    expect(parse('actor=ada&actor=bob&hasOwnProperty=1')).toMatchObject({
      ok: true,
      query: { filters: { actor: 'ada' } },
    });
  });

  it('takes ISO instants as they are', () => {
    const result = parse('from=2025-01-01T10:00:00.000Z&to=2025-01-01T12:00:00%2B01:00');
    expect(result.ok && result.query.filters).toEqual({
      from: Date.UTC(2025, 0, 1, 10),
      to: Date.UTC(2025, 0, 1, 11),
    });
  });

  it.each([
    ['outcome=ok', 'outcome', 'outcome must be success, failure or unknown'],
    ['action=sandbox', undefined, undefined],
    ['action=Sandbox.Pause', 'action', 'action must be a dotted action name'],
    ['from=01/02/2025', 'from', 'from must be a date like 2025-01-31'],
    ['from=2025-02-01&to=2025-01-01', 'to', 'to must be later than from'],
    ['before=a&after=b', 'after', 'give before or after, not both'],
    ['limit=0', 'limit', 'limit must be at least 1'],
    ['limit=ten', 'limit', 'limit must be a whole number'],
  ])('%s → %s', (query, field, message) => {
    const result = parse(query);
    if (field === undefined) return expect(result.ok).toBe(true);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fields[0]).toEqual({ path: field, message: expect.stringContaining(message!) });
  });
});

describe('auditQueryString', () => {
  it('writes what parseAuditQuery reads back', () => {
    const query = {
      filters: {
        actor: 'ada@example.com',
        outcome: 'success' as const,
        from: Date.UTC(2025, 0, 1),
        to: Date.UTC(2025, 0, 2),
      },
      after: 'cursor',
      limit: 25,
    };
    const parsed = parseAuditQuery(new URLSearchParams(auditQueryString(query)));
    expect(parsed).toEqual({ ok: true, query: { ...query, before: undefined } });
  });
});
