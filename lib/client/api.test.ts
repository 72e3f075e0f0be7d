import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch, apiRequest, apiUrl } from './api';
import { ApiError } from './api-error';

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubFetch(impl: (url: string, init: RequestInit) => Promise<Response>) {
  const fn = vi.fn(impl);
  vi.stubGlobal('fetch', fn);
  return fn;
}

describe('apiUrl', () => {
  it('prefixes /api and keeps dotted metadata keys', () => {
    expect(apiUrl('/sandboxes', { 'metadata.env': 'prod', status: 'active' })).toBe(
      '/api/sandboxes?metadata.env=prod&status=active',
    );
  });
  it('drops empty values and accepts a path without a leading slash', () => {
    expect(apiUrl('health', { q: '', limit: undefined, offset: 0 })).toBe('/api/health?offset=0');
  });
});

describe('apiRequest', () => {
  it('sends JSON and returns data, status and headers', async () => {
    const fetchMock = stubFetch(async () =>
      Response.json({ id: 'x' }, { status: 201, headers: { 'x-total-count': '9' } }),
    );
    const result = await apiRequest<{ id: string }>('/sandboxes', { method: 'POST', json: { name: 'a' } });
    expect(result.data).toEqual({ id: 'x' });
    expect(result.status).toBe(201);
    expect(result.headers.get('x-total-count')).toBe('9');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/sandboxes');
    expect(init.body).toBe('{"name":"a"}');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });

  it('returns undefined for 204', async () => {
    stubFetch(async () => new Response(null, { status: 204 }));
    await expect(apiFetch('/sandboxes/1', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('throws ApiError with the envelope for non-2xx', async () => {
    stubFetch(async () =>
      Response.json({ error: { code: 'not_found', message: 'Sandbox not found' } }, { status: 404 }),
    );
    const error = await apiFetch('/sandboxes/1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'Sandbox not found' });
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiFetch('/health')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('rethrows an abort untouched so callers can tell cancel from failure', async () => {
    stubFetch(async () => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(apiFetch('/health')).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports an unreadable JSON success body clearly', async () => {
    stubFetch(
      async () => new Response('{oops', { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    await expect(apiFetch('/sandboxes')).rejects.toMatchObject({ code: 'invalid_response' });
  });
});

describe('a 401 mid-use', () => {
  function stubWindow() {
    const assign = vi.fn();
    vi.stubGlobal('window', { location: { pathname: '/sandboxes/new', search: '?template=base', assign } });
    return assign;
  }

  it('sends the page to sign-in and back when the dashboard says the session ended', async () => {
    const assign = stubWindow();
    stubFetch(async () =>
      Response.json(
        { error: { code: 'unauthenticated', message: 'Your session has ended. Sign in again.' } },
        { status: 401 },
      ),
    );
    await expect(apiFetch('/sandboxes', { method: 'POST', json: {} })).rejects.toMatchObject({
      status: 401,
      code: 'unauthenticated',
    });
    expect(assign).toHaveBeenCalledWith('/sign-in?next=%2Fsandboxes%2Fnew%3Ftemplate%3Dbase&reason=expired');
  });

  it('stays put for the API’s own 401 about the server’s key (sign-in would loop)', async () => {
    const assign = stubWindow();
    stubFetch(async () =>
      Response.json({ error: { code: 'auth_failed', message: 'Invalid X-API-Key' } }, { status: 401 }),
    );
    await expect(apiFetch('/sandboxes')).rejects.toMatchObject({ status: 401, code: 'auth_failed' });
    expect(assign).not.toHaveBeenCalled();
  });
});
