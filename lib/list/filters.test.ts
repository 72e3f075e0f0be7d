import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIST_STATE,
  PAGE_MAX,
  PAGE_SIZES,
  QUERY_MAX_LENGTH,
  REFRESH_INTERVALS,
  SORT_FIELDS,
  STATUS_FILTERS,
  listHref,
  parseListParams,
  serializeListParams,
  toApiParams,
  type ListState,
} from './filters';

const state = (changes: Partial<ListState> = {}): ListState => ({ ...DEFAULT_LIST_STATE, ...changes });
const parse = (query: string) => parseListParams(new URLSearchParams(query));
const roundTrip = (s: ListState) => parseListParams(new URLSearchParams(serializeListParams(s).toString()));

describe('parseListParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_LIST_STATE);
    expect(parseListParams({})).toEqual(DEFAULT_LIST_STATE);
  });

  it('reads every field', () => {
    expect(
      parse('status=paused&q=web&meta.env=prod&template=web&sort=name&order=desc&page=3&size=50&refresh=15'),
    ).toEqual({
      status: 'paused',
      q: 'web',
      metadata: [{ key: 'env', value: 'prod' }],
      template: 'web',
      sort: 'name',
      order: 'desc',
      page: 3,
      pageSize: 50,
      refresh: 15,
    });
  });

  it('accepts every allow-listed value', () => {
    for (const status of STATUS_FILTERS) expect(parse(`status=${status}`).status).toBe(status);
    for (const sort of SORT_FIELDS) expect(parse(`sort=${sort}`).sort).toBe(sort);
    for (const size of PAGE_SIZES) expect(parse(`size=${size}`).pageSize).toBe(size);
    for (const refresh of REFRESH_INTERVALS) expect(parse(`refresh=${refresh}`).refresh).toBe(refresh);
    expect(parse('order=asc').order).toBe('asc');
    expect(parse('order=desc').order).toBe('desc');
  });

  it.each([
    ['status', 'deleted'],
    ['status', 'Active'],
    ['status', ''],
    ['sort', 'id'],
    ['sort', 'NAME'],
    ['order', 'up'],
    ['size', '20'],
    ['size', '025'],
    ['size', '1000'],
    ['size', '25.0'],
    ['refresh', '10'],
    ['refresh', '05'],
    ['refresh', 'on'],
    ['page', '0'],
    ['page', '-1'],
    ['page', '02'],
    ['page', '2.5'],
    ['page', '1e3'],
    ['page', ' 2'],
    ['page', 'two'],
    ['page', ''],
  ])('falls back to the default for %s=%j', (name, value) => {
    const parsed = parseListParams(new URLSearchParams([[name, value]]));
    expect(parsed).toEqual(DEFAULT_LIST_STATE);
  });

  it('accepts pages up to PAGE_MAX and no further', () => {
    expect(parse(`page=${PAGE_MAX}`).page).toBe(PAGE_MAX);
    expect(parse(`page=${PAGE_MAX + 1}`).page).toBe(1);
    expect(parse('page=99999999999999999999').page).toBe(1);
  });

  it('starts each sort in its natural order when none is given', () => {
    expect(parse('sort=created_at').order).toBe('desc');
    expect(parse('sort=name').order).toBe('asc');
    expect(parse('sort=status').order).toBe('asc');
    // An invalid sort falls back to created_at, and so does its default order.
    expect(parse('sort=bogus').order).toBe('desc');
  });

  it('takes the first occurrence of a scalar parameter, like URLSearchParams.get', () => {
    expect(parse('status=active&status=paused').status).toBe('active');
    expect(parse('status=bogus&status=paused').status).toBe('all');
  });

  it('trims the search and drops a blank one', () => {
    expect(parse('q=%20%20web%20').q).toBe('web');
    expect(parse('q=%20%20').q).toBe('');
  });

  it('cuts a long search at QUERY_MAX_LENGTH code points without splitting a surrogate pair', () => {
    expect(parse(`q=${'a'.repeat(QUERY_MAX_LENGTH)}`).q).toHaveLength(QUERY_MAX_LENGTH);
    expect(parse(`q=${'a'.repeat(QUERY_MAX_LENGTH + 1)}`).q).toHaveLength(QUERY_MAX_LENGTH);
    const emoji = '😀'.repeat(QUERY_MAX_LENGTH + 5);
    const q = parseListParams(new URLSearchParams({ q: emoji })).q;
    expect(Array.from(q)).toHaveLength(QUERY_MAX_LENGTH);
    expect(q).toBe('😀'.repeat(QUERY_MAX_LENGTH));
  });

  it('reads metadata filters in order, keeping values with separators intact', () => {
    const params = new URLSearchParams();
    params.append('meta.env', 'prod');
    params.append('meta.url', 'https://x.test/a?b=c,d');
    params.append('meta.a:b=c', 'x:y=z');
    params.append('meta.team.name', '');
    expect(parseListParams(params).metadata).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'url', value: 'https://x.test/a?b=c,d' },
      { key: 'a:b=c', value: 'x:y=z' },
      { key: 'team.name', value: '' },
    ]);
  });

  it('keeps a repeated metadata key at its first place with the last value', () => {
    expect(parse('meta.env=dev&meta.team=ml&meta.env=prod').metadata).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'ml' },
    ]);
  });

  it('drops unusable metadata filters', () => {
    const params = new URLSearchParams();
    params.append('meta.', 'x'); // empty key: the API answers 400
    params.append('meta', 'env:prod'); // not our form
    params.append('metadata.env', 'prod'); // the API's form, not the page's
    params.append(`meta.${'k'.repeat(257)}`, 'x'); // key over 256 bytes
    params.append(`meta.${'k'.repeat(256)}`, 'ok');
    params.append('meta.big', 'v'.repeat(2049)); // value over 2048 bytes
    params.append('meta.edge', 'v'.repeat(2048));
    params.append('meta.multi', 'é'.repeat(1025)); // 2050 bytes in 1025 characters
    expect(parseListParams(params).metadata).toEqual([
      { key: 'k'.repeat(256), value: 'ok' },
      { key: 'edge', value: 'v'.repeat(2048) },
    ]);
  });

  it('keeps at most 64 metadata filters, but still lets a repeat replace a kept one', () => {
    const params = new URLSearchParams();
    for (let i = 0; i < 70; i++) params.append(`meta.k${i}`, String(i));
    params.append('meta.k0', 'last');
    const { metadata } = parseListParams(params);
    expect(metadata).toHaveLength(64);
    expect(metadata[0]).toEqual({ key: 'k0', value: 'last' });
    expect(metadata[63]).toEqual({ key: 'k63', value: '63' });
  });

  it('reads a Next.js searchParams record, arrays included', () => {
    expect(
      parseListParams({
        status: ['failed', 'active'],
        q: 'api',
        'meta.env': ['dev', 'prod'],
        'meta.team': 'ml',
        page: undefined,
        size: '100',
      }),
    ).toEqual(
      state({
        status: 'failed',
        q: 'api',
        metadata: [
          { key: 'env', value: 'prod' },
          { key: 'team', value: 'ml' },
        ],
        pageSize: 100,
      }),
    );
  });

  it('reads a URLSearchParams subclass (like Next.js ReadonlyURLSearchParams)', () => {
    class ReadonlyParams extends URLSearchParams {}
    expect(parseListParams(new ReadonlyParams('status=active')).status).toBe('active');
  });

  it('ignores unknown parameters', () => {
    expect(parse('utm_source=mail&foo=bar')).toEqual(DEFAULT_LIST_STATE);
  });
});

describe('serializeListParams', () => {
  it('leaves every default out', () => {
    expect(serializeListParams(state()).toString()).toBe('');
  });

  it('writes only what differs from the defaults, in a stable order', () => {
    const s = state({
      status: 'active',
      q: 'web api',
      metadata: [
        { key: 'env', value: 'prod' },
        { key: 'team', value: 'ml' },
      ],
      sort: 'name',
      order: 'desc',
      page: 2,
      pageSize: 100,
      refresh: 5,
    });
    expect(serializeListParams(s).toString()).toBe(
      'status=active&q=web+api&meta.env=prod&meta.team=ml&sort=name&order=desc&page=2&size=100&refresh=5',
    );
  });

  it("omits the order when it is the sort's natural one", () => {
    expect(serializeListParams(state({ sort: 'name', order: 'asc' })).toString()).toBe('sort=name');
    expect(serializeListParams(state({ order: 'asc' })).toString()).toBe('order=asc');
    expect(serializeListParams(state({ sort: 'status', order: 'desc' })).toString()).toBe(
      'sort=status&order=desc',
    );
  });

  it('writes an empty metadata value, which is a real filter', () => {
    expect(serializeListParams(state({ metadata: [{ key: 'env', value: '' }] })).toString()).toBe(
      'meta.env=',
    );
  });

  it.each<[string, Partial<ListState>]>([
    ['defaults', {}],
    ['everything set', { status: 'resuming', q: 'a b', sort: 'status', order: 'desc', page: 9, refresh: 60 }],
    [
      'separators and unicode in metadata',
      {
        metadata: [
          { key: 'a:b', value: 'c=d,e' },
          { key: 'path', value: '/x?y=1&z=2#frag' },
          { key: 'naïve 😀', value: 'ü + %20' },
          { key: 'empty', value: '' },
          { key: 'meta.nested', value: 'meta.x=y' },
        ],
      },
    ],
    ['a search with symbols', { q: 'a&b=c%20+d' }],
    ['the smallest and largest page size', { pageSize: 10, page: PAGE_MAX }],
    ['the largest page size', { pageSize: 200 }],
  ])('round-trips %s', (_label, changes) => {
    const s = state(changes);
    expect(roundTrip(s)).toEqual(s);
  });

  it('round-trips through a Next.js-style record too', () => {
    const s = state({ status: 'paused', metadata: [{ key: 'x', value: '1' }], page: 4 });
    const record = Object.fromEntries(serializeListParams(s));
    expect(parseListParams(record)).toEqual(s);
  });
});

describe('listHref', () => {
  it('has no dangling question mark for the default view', () => {
    expect(listHref(state())).toBe('/sandboxes');
    expect(listHref(state({ page: 2 }))).toBe('/sandboxes?page=2');
    expect(listHref(state({ status: 'failed' }), '/x')).toBe('/x?status=failed');
  });
});

describe('toApiParams', () => {
  it('gives the object form for the query key, leaving out what is not filtered', () => {
    expect(toApiParams(state())).toEqual({ sort: 'created_at', order: 'desc', limit: 25, offset: 0 });
    expect(
      toApiParams(
        state({
          status: 'paused',
          q: 'web',
          metadata: [
            { key: 'env', value: 'prod' },
            { key: 'team', value: '' },
          ],
          sort: 'name',
          order: 'asc',
          page: 3,
          pageSize: 10,
        }),
      ),
    ).toEqual({
      status: 'paused',
      q: 'web',
      metadata: { env: 'prod', team: '' },
      sort: 'name',
      order: 'asc',
      limit: 10,
      offset: 20,
    });
  });

  it('keeps "__proto__" an ordinary metadata key', () => {
    const params = toApiParams(state({ metadata: [{ key: '__proto__', value: 'x' }] }));
    expect(Object.keys(params.metadata ?? {})).toEqual(['__proto__']);
  });
});

describe('the template filter in the URL', () => {
  it('round-trips a template name, slashes included, and is never sent to the API', () => {
    const filtered = state({ template: 'acme/web', status: 'active' });
    expect(listHref(filtered)).toBe('/sandboxes?status=active&template=acme%2Fweb');
    expect(roundTrip(filtered)).toEqual(filtered);
    expect(toApiParams(filtered)).not.toHaveProperty('template');
  });

  it('trims it, and drops one longer than any template name', () => {
    expect(parse('template=%20acme%2Fweb%20').template).toBe('acme/web');
    expect(parse(`template=${'a'.repeat(129)}`).template).toBe('');
    expect(parse(`template=${'a'.repeat(128)}`).template).toBe('a'.repeat(128));
  });
});
