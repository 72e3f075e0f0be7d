import { describe, expect, it } from 'vitest';
import { applyClientSide, resolveListPage, type ListRow } from './client-side';
import { DEFAULT_LIST_STATE, type ListState } from './state';

const state = (changes: Partial<ListState> = {}): ListState => ({ ...DEFAULT_LIST_STATE, ...changes });

type Row = ListRow & { extra?: string };
const row = (id: string, name: string, status: string, created_at: string, extra?: string): Row => ({
  id,
  name,
  status,
  created_at,
  ...(extra === undefined ? {} : { extra }),
});

const items: Row[] = [
  row('a', 'web-1', 'active', '2026-05-01T10:00:00Z'),
  row('b', 'Web-10', 'paused', '2026-05-03T10:00:00Z'),
  row('c', 'api', 'active', '2026-05-02T10:00:00Z'),
  row('d', 'web-2', 'failed', '2026-05-04T10:00:00Z'),
  row('e', 'worker', 'resuming', '2026-05-05T10:00:00Z'),
];
const ids = (rows: readonly ListRow[]) => rows.map((r) => r.id);

describe('applyClientSide', () => {
  it('sorts newest first by default and counts every row', () => {
    const { rows, total } = applyClientSide(items, state());
    expect(ids(rows)).toEqual(['e', 'd', 'b', 'c', 'a']);
    expect(total).toBe(5);
  });

  it('filters by status', () => {
    const { rows, total } = applyClientSide(items, state({ status: 'active' }));
    expect(ids(rows)).toEqual(['c', 'a']);
    expect(total).toBe(2);
    expect(applyClientSide(items, state({ status: 'starting' }))).toEqual({ rows: [], total: 0 });
  });

  it('searches names as a case-insensitive substring', () => {
    expect(ids(applyClientSide(items, state({ q: 'WEB' })).rows)).toEqual(['d', 'b', 'a']);
    expect(ids(applyClientSide(items, state({ q: 'eb-1' })).rows)).toEqual(['b', 'a']);
    expect(applyClientSide(items, state({ q: 'nope' })).total).toBe(0);
  });

  it('combines status and search', () => {
    expect(ids(applyClientSide(items, state({ q: 'web', status: 'paused' })).rows)).toEqual(['b']);
  });

  it('does not re-apply metadata filters, which the server already applied', () => {
    const { total } = applyClientSide(items, state({ metadata: [{ key: 'env', value: 'prod' }] }));
    expect(total).toBe(5);
  });

  it('sorts by created_at in both orders', () => {
    expect(ids(applyClientSide(items, state({ sort: 'created_at', order: 'asc' })).rows)).toEqual([
      'a',
      'c',
      'b',
      'd',
      'e',
    ]);
  });

  it('compares instants, not strings, so time-zone offsets sort correctly', () => {
    const mixed = [
      row('x', 'x', 'active', '2026-05-01T12:00:00+05:00'), // 07:00Z
      row('y', 'y', 'active', '2026-05-01T08:00:00Z'),
    ];
    expect(ids(applyClientSide(mixed, state({ order: 'asc' })).rows)).toEqual(['x', 'y']);
  });

  it('sorts names case-insensitively with numbers in numeric order', () => {
    expect(ids(applyClientSide(items, state({ sort: 'name', order: 'asc' })).rows)).toEqual([
      'c',
      'a',
      'd',
      'b',
      'e',
    ]);
    expect(ids(applyClientSide(items, state({ sort: 'name', order: 'desc' })).rows)).toEqual([
      'e',
      'b',
      'd',
      'a',
      'c',
    ]);
  });

  it('sorts status alphabetically, ties newest first', () => {
    expect(ids(applyClientSide(items, state({ sort: 'status', order: 'asc' })).rows)).toEqual([
      'c',
      'a',
      'd',
      'b',
      'e',
    ]);
    // The tie-break stays newest first whichever way the main key runs.
    expect(ids(applyClientSide(items, state({ sort: 'status', order: 'desc' })).rows)).toEqual([
      'e',
      'b',
      'd',
      'c',
      'a',
    ]);
  });

  it('breaks a full tie by id, so paging is stable', () => {
    const same = [
      row('z', 'same', 'active', '2026-05-01T00:00:00Z'),
      row('m', 'same', 'active', '2026-05-01T00:00:00Z'),
      row('q', 'same', 'active', '2026-05-01T00:00:00Z'),
    ];
    expect(ids(applyClientSide(same, state({ sort: 'name' })).rows)).toEqual(['m', 'q', 'z']);
    expect(ids(applyClientSide([...same].reverse(), state({ sort: 'name' })).rows)).toEqual(['m', 'q', 'z']);
  });

  it('puts an unreadable date last when newest first', () => {
    const withBad = [...items, row('bad', 'bad', 'active', 'not a date')];
    expect(ids(applyClientSide(withBad, state()).rows).at(-1)).toBe('bad');
    expect(ids(applyClientSide(withBad, state({ order: 'asc' })).rows)[0]).toBe('bad');
  });

  it('cuts out the requested page, with the total of all pages', () => {
    const many = Array.from({ length: 23 }, (_, i) =>
      row(
        `id${String(i).padStart(2, '0')}`,
        `sb-${i}`,
        'active',
        new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      ),
    );
    const page1 = applyClientSide(many, state({ pageSize: 10, page: 1 }));
    expect(page1.rows).toHaveLength(10);
    expect(page1.rows[0]?.id).toBe('id22');
    expect(page1.total).toBe(23);
    const page3 = applyClientSide(many, state({ pageSize: 10, page: 3 }));
    expect(ids(page3.rows)).toEqual(['id02', 'id01', 'id00']);
    expect(page3.total).toBe(23);
    expect(applyClientSide(many, state({ pageSize: 10, page: 4 }))).toEqual({ rows: [], total: 23 });
    expect(applyClientSide(many, state({ pageSize: 25, page: 1 })).rows).toHaveLength(23);
  });

  it('neither reorders nor copies away the input, and keeps extra fields', () => {
    const input = [...items, row('f', 'f', 'active', '2026-04-01T00:00:00Z', 'kept')];
    const before = ids(input);
    const { rows } = applyClientSide(input, state({ sort: 'name' }));
    expect(ids(input)).toEqual(before);
    expect(rows.find((r) => r.id === 'f')?.extra).toBe('kept');
    expect(rows.find((r) => r.id === 'a')).toBe(input[0]);
  });

  it('handles an empty list', () => {
    expect(applyClientSide([], state({ q: 'x', page: 3 }))).toEqual({ rows: [], total: 0 });
  });
});

describe('resolveListPage', () => {
  it('trusts the server when X-Total-Count is present', () => {
    const page = resolveListPage(items.slice(0, 2), '132', state({ status: 'failed', q: 'zzz' }));
    expect(page).toEqual({ rows: items.slice(0, 2), total: 132, source: 'server' });
  });

  it('accepts a total of 0 and surrounding whitespace', () => {
    expect(resolveListPage([], '0', state())).toEqual({ rows: [], total: 0, source: 'server' });
    expect(resolveListPage(items, ' 5 ', state()).total).toBe(5);
  });

  it('does the work in the browser when the header is missing', () => {
    const page = resolveListPage(items, null, state({ status: 'active', pageSize: 10 }));
    expect(page.source).toBe('client');
    expect(ids(page.rows)).toEqual(['c', 'a']);
    expect(page.total).toBe(2);
  });

  it.each(['', 'abc', '-1', '1.5', '1e3', '99999999999999999999'])(
    'treats an unusable header %j as missing',
    (header) => {
      const page = resolveListPage(items, header, state({ pageSize: 10, page: 1, q: 'web' }));
      expect(page.source).toBe('client');
      expect(page.total).toBe(3);
    },
  );

  it('takes the total as a number too, as lib/client reads it', () => {
    expect(resolveListPage(items.slice(0, 1), 40, state())).toEqual({
      rows: items.slice(0, 1),
      total: 40,
      source: 'server',
    });
    expect(resolveListPage([], 0, state()).source).toBe('server');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'treats an unusable numeric total %s as missing',
    (total) => {
      expect(resolveListPage(items, total, state()).source).toBe('client');
    },
  );
});
