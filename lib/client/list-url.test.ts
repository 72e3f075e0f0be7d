import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIST_STATE, parseListParams, toApiParams, type ListState } from '@/lib/list/filters';
import { sandboxListUrl } from './list-url';
import { fetchSandboxes } from './sandboxes';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sandboxListUrl', () => {
  it.each([
    ['the default view', ''],
    [
      'every filter',
      'status=paused&q=agent run&meta.env=prod&meta.team=ml&sort=name&order=desc&page=3&size=200',
    ],
    ['keys and values that need escaping', 'meta.a%26b=c%3Dd&meta.%C3%A9t%C3%A9=%F0%9F%8C%9E&q=50%25'],
    ['an older link with junk', 'status=nope&size=7&page=-1&meta.=x&refresh=5'],
  ])('is the URL the list query fetches (what the page preloads), for %s', async (_, search) => {
    const params = toApiParams(parseListParams(new URLSearchParams(search)));
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => Response.json([]));
    vi.stubGlobal('fetch', fetch);
    await fetchSandboxes(params);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe(sandboxListUrl(params));
  });

  it('starts with the API path and carries the metadata filters', () => {
    const url = sandboxListUrl(
      toApiParams({ ...DEFAULT_LIST_STATE, metadata: [{ key: 'env', value: 'prod' }] }),
    );
    expect(url.startsWith('/api/sandboxes?')).toBe(true);
    expect(new URL(url, 'http://x').searchParams.get('metadata.env')).toBe('prod');
  });
});

describe('sandboxListUrl: the upstream list parameters', () => {
  const url = (changes: Partial<ListState> = {}) =>
    sandboxListUrl(toApiParams({ ...DEFAULT_LIST_STATE, ...changes }));
  const query = (changes: Partial<ListState> = {}) => new URL(url(changes), 'http://x').searchParams;

  it('always sends sort, order, limit and offset', () => {
    expect(url()).toBe('/api/sandboxes?sort=created_at&order=desc&limit=25&offset=0');
  });

  it('sends status and q, then the metadata filters as metadata.<key>', () => {
    const params = query({
      status: 'active',
      q: 'web',
      metadata: [
        { key: 'env', value: 'prod' },
        { key: 'a:b', value: 'x=y,z' },
      ],
    });
    expect([...params]).toEqual([
      ['status', 'active'],
      ['q', 'web'],
      ['sort', 'created_at'],
      ['order', 'desc'],
      ['limit', '25'],
      ['offset', '0'],
      ['metadata.env', 'prod'],
      ['metadata.a:b', 'x=y,z'],
    ]);
  });

  it('omits status "all" and an empty search', () => {
    const params = query({ status: 'all', q: '' });
    expect(params.has('status')).toBe(false);
    expect(params.has('q')).toBe(false);
  });

  it('turns the page into an offset', () => {
    expect(query({ page: 1, pageSize: 50 }).get('offset')).toBe('0');
    expect(query({ page: 2, pageSize: 50 }).get('offset')).toBe('50');
    expect(query({ page: 7, pageSize: 200 }).get('limit')).toBe('200');
    expect(query({ page: 7, pageSize: 200 }).get('offset')).toBe('1200');
  });

  it('never sends a repeated or empty metadata key, which the API rejects', () => {
    const params = query({
      metadata: [
        { key: 'env', value: 'dev' },
        { key: '', value: 'x' },
        { key: 'env', value: 'prod' },
      ],
    });
    expect(params.getAll('metadata.env')).toEqual(['prod']);
    expect(params.has('metadata.')).toBe(false);
  });

  it('sends "__proto__" as an ordinary metadata key', () => {
    expect(query({ metadata: [{ key: '__proto__', value: 'x' }] }).get('metadata.__proto__')).toBe('x');
  });
});
