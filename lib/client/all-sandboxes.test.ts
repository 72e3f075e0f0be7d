import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAllSandboxes } from './all-sandboxes';

afterEach(() => {
  vi.unstubAllGlobals();
});

const sandbox = (n: number) => ({
  id: `sb-${n}`,
  name: `s${n}`,
  status: 'active',
  created_at: '2026-01-01T00:00:00Z',
});
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => sandbox(from + i));

/** A server holding `all`, paging by limit/offset; `total` false plays an older API that ignores paging. */
function stubServer(all: ReturnType<typeof sandbox>[], { total = true } = {}) {
  const fn = vi.fn(async (url: string) => {
    const query = new URL(url, 'http://x').searchParams;
    if (!total) return Response.json(all);
    const offset = Number(query.get('offset') ?? 0);
    const limit = Number(query.get('limit') ?? all.length);
    return Response.json(all.slice(offset, offset + limit), {
      headers: { 'x-total-count': String(all.length) },
    });
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

describe('fetchAllSandboxes', () => {
  it('fetches every page of a server that pages (X-Total-Count), oldest first, at the largest page size', async () => {
    const fetchMock = stubServer(range(0, 450));
    const { items, total } = await fetchAllSandboxes({ env: 'prod' });
    expect(items.map((s) => s.id)).toEqual(range(0, 450).map((s) => s.id));
    expect(total).toBe(450);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/sandboxes?sort=created_at&order=asc&limit=200&offset=0&metadata.env=prod',
      '/api/sandboxes?sort=created_at&order=asc&limit=200&offset=200&metadata.env=prod',
      '/api/sandboxes?sort=created_at&order=asc&limit=200&offset=400&metadata.env=prod',
    ]);
  });

  it('takes the first answer whole from an older API without X-Total-Count', async () => {
    const fetchMock = stubServer(range(0, 250), { total: false });
    const { items } = await fetchAllSandboxes(undefined);
    expect(items).toHaveLength(250);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('keeps a sandbox once when a deletion shifts the pages, and stops when a page comes back empty', async () => {
    const pages = [range(0, 200), range(199, 300), []];
    const fn = vi.fn(async () => Response.json(pages.shift(), { headers: { 'x-total-count': '400' } }));
    vi.stubGlobal('fetch', fn);
    const { items } = await fetchAllSandboxes(undefined);
    expect(items.map((s) => s.id)).toEqual(range(0, 300).map((s) => s.id));
    expect(fn).toHaveBeenCalledTimes(3);
  });
});
