import { describe, expect, it } from 'vitest';
import { apiUrl } from '@/lib/client/api';
import { sandboxListQuery } from '@/lib/client/sandboxes';
import { DEFAULT_LIST_STATE, parseListParams, toApiParams, type ListState } from './filters';
import { listRequestUrl } from './request-url';

/** What useSandboxes(toApiParams(state)) fetches: the URL the preload must match exactly. */
const clientUrl = (state: ListState) => apiUrl('/sandboxes', sandboxListQuery(toApiParams(state)));

describe('listRequestUrl', () => {
  it.each([
    ['the default view', ''],
    [
      'every filter',
      'status=paused&q=agent run&meta.env=prod&meta.team=ml&sort=name&order=desc&page=3&size=200',
    ],
    ['keys and values that need escaping', 'meta.a%26b=c%3Dd&meta.%C3%A9t%C3%A9=%F0%9F%8C%9E&q=50%25'],
    ['an older link with junk', 'status=nope&size=7&page=-1&meta.=x&refresh=5'],
  ])('is the URL the list query fetches, for %s', (_, search) => {
    const state = parseListParams(new URLSearchParams(search));
    expect(listRequestUrl(state)).toBe(clientUrl(state));
  });

  it('starts with the API path and carries the metadata filters', () => {
    const url = listRequestUrl({ ...DEFAULT_LIST_STATE, metadata: [{ key: 'env', value: 'prod' }] });
    expect(url.startsWith('/api/sandboxes?')).toBe(true);
    expect(new URL(url, 'http://x').searchParams.get('metadata.env')).toBe('prod');
  });
});
