import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SandboxResponse } from '@/lib/contract';
import { ApiError } from './api-error';
import { sandboxKeys } from './query-keys';
import {
  deleteSandboxIfPresent,
  patchSandbox,
  pauseSandbox,
  removeCachedSandbox,
  resumeSandbox,
  updateCachedSandbox,
} from './sandbox-actions';
import type { SandboxList } from './sandboxes';

afterEach(() => {
  vi.unstubAllGlobals();
});

const ID = '7d1c3f4e-0000-4000-8000-000000000001';
const OTHER = '7d1c3f4e-0000-4000-8000-000000000002';

function sandbox(id: string, status = 'active'): SandboxResponse {
  return { id, name: id.slice(-1), status, created_at: '2026-01-01T00:00:00Z', metadata: {} };
}

function stubFetch(response: () => Response) {
  const fn = vi.fn(async (_url: string, _init: RequestInit) => response());
  vi.stubGlobal('fetch', fn);
  return fn;
}

describe('action requests', () => {
  it('pause and resume POST to their paths', async () => {
    const fetchMock = stubFetch(() => new Response(null, { status: 204 }));
    await pauseSandbox(ID);
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/sandboxes/${ID}/pause`);
    expect(fetchMock.mock.calls[0]?.[1].method).toBe('POST');

    fetchMock.mockImplementation(async () => Response.json({ id: ID, status: 'active' }));
    await expect(resumeSandbox(ID)).resolves.toEqual({ id: ID, status: 'active' });
    expect(fetchMock.mock.calls[1]?.[0]).toBe(`/api/sandboxes/${ID}/resume`);
  });

  it('patch sends the whole replacement body', async () => {
    const fetchMock = stubFetch(() => new Response(null, { status: 204 }));
    await patchSandbox(ID, { metadata: { env: 'prod' } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/sandboxes/${ID}`);
    expect(init.method).toBe('PATCH');
    expect(init.body).toBe('{"metadata":{"env":"prod"}}');
  });

  it('a 409 comes back as an ApiError with the API message', async () => {
    stubFetch(() =>
      Response.json(
        { error: { code: 'conflict', message: 'Sandbox is not in a valid state for this operation' } },
        { status: 409 },
      ),
    );
    await expect(pauseSandbox(ID)).rejects.toMatchObject({ status: 409, code: 'conflict' });
  });

  it('deleting a sandbox that is already gone counts as done; other failures do not', async () => {
    stubFetch(() =>
      Response.json({ error: { code: 'not_found', message: 'Sandbox not found' } }, { status: 404 }),
    );
    await expect(deleteSandboxIfPresent(ID)).resolves.toBeUndefined();
    stubFetch(() => Response.json({ error: { code: 'internal_error', message: 'boom' } }, { status: 500 }));
    await expect(deleteSandboxIfPresent(ID)).rejects.toBeInstanceOf(ApiError);
  });
});

describe('cache helpers', () => {
  function seeded() {
    const client = new QueryClient();
    client.setQueryData(sandboxKeys.detail(ID), sandbox(ID));
    const list: SandboxList = { items: [sandbox(ID), sandbox(OTHER)], total: 2 };
    client.setQueryData(sandboxKeys.list({}), list);
    client.setQueryData(sandboxKeys.list({ status: 'paused' }), {
      items: [sandbox(OTHER, 'paused')],
      total: 1,
    });
    return client;
  }

  it('updates the sandbox in its detail and in every list that shows it, leaving others alone', () => {
    const client = seeded();
    updateCachedSandbox(client, ID, { status: 'pausing' });
    expect(client.getQueryData<SandboxResponse>(sandboxKeys.detail(ID))?.status).toBe('pausing');
    const list = client.getQueryData<SandboxList>(sandboxKeys.list({}));
    expect(list?.items.map((item) => item.status)).toEqual(['pausing', 'active']);
    const paused = client.getQueryData<SandboxList>(sandboxKeys.list({ status: 'paused' }));
    expect(paused?.items[0]?.status).toBe('paused');
  });

  it('removes a deleted sandbox from lists, lowers the total and forgets its detail', () => {
    const client = seeded();
    removeCachedSandbox(client, ID);
    expect(client.getQueryData(sandboxKeys.detail(ID))).toBeUndefined();
    const list = client.getQueryData<SandboxList>(sandboxKeys.list({}));
    expect(list).toEqual({ items: [sandbox(OTHER)], total: 1 });
    expect(client.getQueryData<SandboxList>(sandboxKeys.list({ status: 'paused' }))?.total).toBe(1);
  });
});
