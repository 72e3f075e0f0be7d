import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIST_STATE, parseListParams, toApiParams } from '@/lib/list/filters';
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
