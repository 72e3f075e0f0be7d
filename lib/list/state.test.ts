import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIST_STATE,
  addMetadataFilter,
  clearFilters,
  formatMetadataFilter,
  hasActiveFilters,
  metadataFilterError,
  parseMetadataFilterText,
  refreshIntervalMs,
  removeMetadataFilter,
  toggleSort,
  withChanges,
  type ListState,
  type MetadataFilter,
} from './state';

const state = (changes: Partial<ListState> = {}): ListState => ({ ...DEFAULT_LIST_STATE, ...changes });
const filters = (n: number): MetadataFilter[] =>
  Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: String(i) }));

describe('DEFAULT_LIST_STATE', () => {
  it('is newest first, 25 a page, no polling, no filters', () => {
    expect(DEFAULT_LIST_STATE).toEqual({
      status: 'all',
      q: '',
      metadata: [],
      template: '',
      sort: 'created_at',
      order: 'desc',
      page: 1,
      pageSize: 25,
      refresh: 'off',
    });
    expect(Object.isFrozen(DEFAULT_LIST_STATE)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LIST_STATE.metadata)).toBe(true);
  });
});

describe('hasActiveFilters', () => {
  it('is false for the default view, and for sort, paging and refresh alone', () => {
    expect(hasActiveFilters(state())).toBe(false);
    expect(hasActiveFilters(state({ sort: 'name', order: 'desc', page: 3, pageSize: 200, refresh: 5 }))).toBe(
      false,
    );
  });

  it('is true for each filter on its own', () => {
    expect(hasActiveFilters(state({ status: 'paused' }))).toBe(true);
    expect(hasActiveFilters(state({ q: 'x' }))).toBe(true);
    expect(hasActiveFilters(state({ metadata: [{ key: 'env', value: '' }] }))).toBe(true);
  });
});

describe('addMetadataFilter', () => {
  it('appends a new key and goes back to page 1', () => {
    const next = addMetadataFilter(state({ page: 4, metadata: [{ key: 'env', value: 'prod' }] }), {
      key: 'team',
      value: 'ml',
    });
    expect(next.metadata).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'ml' },
    ]);
    expect(next.page).toBe(1);
  });

  it('replaces the value of a repeated key in place', () => {
    const start = state({
      page: 2,
      metadata: [
        { key: 'env', value: 'dev' },
        { key: 'team', value: 'ml' },
      ],
    });
    const next = addMetadataFilter(start, { key: 'env', value: 'prod' });
    expect(next.metadata).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'ml' },
    ]);
    expect(next.page).toBe(1);
  });

  it('does not mutate the state it was given', () => {
    const metadata = [{ key: 'env', value: 'dev' }];
    const start = state({ metadata, page: 3 });
    addMetadataFilter(start, { key: 'env', value: 'prod' });
    addMetadataFilter(start, { key: 'x', value: 'y' });
    expect(start).toEqual(state({ metadata: [{ key: 'env', value: 'dev' }], page: 3 }));
    expect(DEFAULT_LIST_STATE.metadata).toEqual([]);
  });

  it('leaves the state unchanged for an unusable filter', () => {
    const start = state({ page: 3 });
    expect(addMetadataFilter(start, { key: '', value: 'x' })).toBe(start);
    expect(addMetadataFilter(start, { key: 'k'.repeat(257), value: 'x' })).toBe(start);
    expect(addMetadataFilter(start, { key: 'k', value: 'v'.repeat(2049) })).toBe(start);
  });

  it('accepts the 64th filter but not the 65th, while a repeat still replaces', () => {
    const at63 = state({ metadata: filters(63) });
    expect(addMetadataFilter(at63, { key: 'new', value: 'x' }).metadata).toHaveLength(64);
    const at64 = state({ metadata: filters(64), page: 2 });
    expect(addMetadataFilter(at64, { key: 'new', value: 'x' })).toBe(at64);
    expect(addMetadataFilter(at64, { key: 'k5', value: 'x' }).metadata[5]).toEqual({ key: 'k5', value: 'x' });
  });
});

describe('removeMetadataFilter', () => {
  it('removes by key and goes back to page 1', () => {
    const start = state({
      page: 5,
      metadata: [
        { key: 'env', value: 'prod' },
        { key: 'team', value: 'ml' },
      ],
    });
    expect(removeMetadataFilter(start, 'env')).toEqual(
      state({ page: 1, metadata: [{ key: 'team', value: 'ml' }] }),
    );
  });

  it('leaves the state unchanged for a key that is not filtered', () => {
    const start = state({ page: 5, metadata: [{ key: 'env', value: 'prod' }] });
    expect(removeMetadataFilter(start, 'team')).toBe(start);
    expect(removeMetadataFilter(start, 'prod')).toBe(start);
  });
});

describe('metadataFilterError', () => {
  it('accepts keys and values right at the byte limits, counting UTF-8 bytes', () => {
    expect(metadataFilterError({ key: 'k'.repeat(256), value: 'v'.repeat(2048) })).toBeUndefined();
    expect(metadataFilterError({ key: 'é'.repeat(128), value: '' })).toBeUndefined();
    expect(metadataFilterError({ key: 'é'.repeat(128) + 'x', value: '' })).toMatch(/256 bytes/);
    expect(metadataFilterError({ key: 'k', value: '😀'.repeat(512) })).toBeUndefined();
    expect(metadataFilterError({ key: 'k', value: '😀'.repeat(512) + 'x' })).toMatch(/2048 bytes/);
  });

  it('names the problem', () => {
    expect(metadataFilterError({ key: '', value: 'x' })).toBe('Enter a metadata key');
    expect(metadataFilterError({ key: 'new', value: 'x' }, filters(64))).toBe('At most 64 metadata filters');
    expect(metadataFilterError({ key: 'k1', value: 'x' }, filters(64))).toBeUndefined();
  });
});

describe('parseMetadataFilterText / formatMetadataFilter', () => {
  it('splits at the first "=" so values may contain "="', () => {
    expect(parseMetadataFilterText('env=prod')).toEqual({ filter: { key: 'env', value: 'prod' } });
    expect(parseMetadataFilterText('q=a=b')).toEqual({ filter: { key: 'q', value: 'a=b' } });
    expect(parseMetadataFilterText('env=')).toEqual({ filter: { key: 'env', value: '' } });
    expect(parseMetadataFilterText('  env = prod ')).toEqual({ filter: { key: 'env', value: 'prod' } });
  });

  it('explains text it cannot use', () => {
    expect(parseMetadataFilterText('env')).toEqual({ error: 'Use the form key=value' });
    expect(parseMetadataFilterText('')).toEqual({ error: 'Use the form key=value' });
    expect(parseMetadataFilterText('=prod')).toEqual({ error: 'Enter a metadata key' });
  });

  it('formats a chip label that parses back', () => {
    const filter = { key: 'env', value: 'a=b' };
    expect(formatMetadataFilter(filter)).toBe('env=a=b');
    expect(parseMetadataFilterText(formatMetadataFilter(filter))).toEqual({ filter });
  });
});

describe('clearFilters', () => {
  it('drops the filters but keeps sort, page size and refresh', () => {
    const start = state({
      status: 'failed',
      q: 'x',
      metadata: [{ key: 'a', value: 'b' }],
      sort: 'name',
      order: 'desc',
      page: 4,
      pageSize: 50,
      refresh: 15,
    });
    expect(clearFilters(start)).toEqual(state({ sort: 'name', order: 'desc', pageSize: 50, refresh: 15 }));
    expect(hasActiveFilters(clearFilters(start))).toBe(false);
  });
});

describe('withChanges', () => {
  it.each<[string, Partial<ListState>]>([
    ['status', { status: 'active' }],
    ['search', { q: 'web' }],
    ['metadata', { metadata: [{ key: 'a', value: 'b' }] }],
    ['sort', { sort: 'name' }],
    ['order', { order: 'asc' }],
    ['page size', { pageSize: 50 }],
  ])('goes back to page 1 when the %s changes', (_label, changes) => {
    expect(withChanges(state({ page: 6 }), changes).page).toBe(1);
  });

  it('keeps the page when only the page or the refresh interval changes, or nothing changes', () => {
    expect(withChanges(state({ page: 6 }), { page: 7 }).page).toBe(7);
    expect(withChanges(state({ page: 6 }), { refresh: 60 })).toEqual(state({ page: 6, refresh: 60 }));
    expect(withChanges(state({ page: 6, status: 'paused' }), { status: 'paused' }).page).toBe(6);
    expect(withChanges(state({ page: 6 }), {}).page).toBe(6);
  });

  it('honours an explicit page alongside a filter change', () => {
    expect(withChanges(state({ page: 6 }), { status: 'active', page: 2 }).page).toBe(2);
  });

  it('starts a new sort in its natural order unless one is given', () => {
    expect(withChanges(state(), { sort: 'name' }).order).toBe('asc');
    expect(withChanges(state(), { sort: 'name', order: 'desc' }).order).toBe('desc');
    expect(withChanges(state({ sort: 'name', order: 'asc' }), { sort: 'created_at' }).order).toBe('desc');
    // The same sort again keeps the chosen order.
    expect(withChanges(state({ sort: 'name', order: 'desc' }), { sort: 'name' }).order).toBe('desc');
  });

  it('normalises the search the way the URL does', () => {
    expect(withChanges(state(), { q: '  web  ' }).q).toBe('web');
    expect(withChanges(state({ q: 'web', page: 3 }), { q: 'web ' })).toEqual(state({ q: 'web', page: 3 }));
  });

  it('ignores keys given as undefined', () => {
    expect(withChanges(state({ sort: 'name', page: 2 }), { sort: undefined })).toEqual(
      state({ sort: 'name', page: 2 }),
    );
  });
});

describe('toggleSort', () => {
  it('flips the order for the current field', () => {
    expect(toggleSort(state(), 'created_at')).toMatchObject({ sort: 'created_at', order: 'asc' });
    expect(toggleSort(state({ order: 'asc' }), 'created_at')).toMatchObject({ order: 'desc' });
  });

  it('starts another field in its natural order, on page 1', () => {
    expect(toggleSort(state({ page: 3 }), 'name')).toMatchObject({ sort: 'name', order: 'asc', page: 1 });
    expect(toggleSort(state({ sort: 'name', order: 'desc' }), 'status')).toMatchObject({
      sort: 'status',
      order: 'asc',
    });
  });
});

describe('refreshIntervalMs', () => {
  it('maps seconds to milliseconds and off to false', () => {
    expect(refreshIntervalMs('off')).toBe(false);
    expect(refreshIntervalMs(5)).toBe(5000);
    expect(refreshIntervalMs(15)).toBe(15000);
    expect(refreshIntervalMs(60)).toBe(60000);
  });
});

describe('the template filter', () => {
  it('narrows the rows, so it counts as a filter, and Clear filters drops it', () => {
    expect(hasActiveFilters(state({ template: 'acme/web' }))).toBe(true);
    expect(clearFilters(state({ template: 'acme/web', page: 3 }))).toMatchObject({ template: '', page: 1 });
  });

  it('goes back to page 1 when it changes', () => {
    expect(withChanges(state({ page: 4 }), { template: 'acme/web' }).page).toBe(1);
    expect(withChanges(state({ page: 4, template: 'acme/web' }), { template: '' }).page).toBe(1);
  });
});
