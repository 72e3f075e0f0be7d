import { ApiError, apiErrorFromResponse, networkError } from './api-error';
import { isSessionEnded, leaveForSignIn } from './session-ended';

/** Every browser call goes through the dashboard's proxy; the API key never leaves the server. */
export const API_BASE = '/api';

export type QueryValue = string | number | boolean | null | undefined;

export type ApiFetchInit = Omit<RequestInit, 'body'> & {
  /** Serialised as JSON with `Content-Type: application/json`. */
  json?: unknown;
  /** Raw body, for the rare caller that builds its own. */
  body?: BodyInit | null;
  /** Appended as a query string; null/undefined/'' values are left out. Keys are kept as is (`metadata.env`). */
  query?: Record<string, QueryValue> | URLSearchParams;
};

export type ApiResult<T> = { data: T; status: number; headers: Headers };

/** `/sandboxes` + `{status: 'active'}` → `/api/sandboxes?status=active`. */
export function apiUrl(path: string, query?: ApiFetchInit['query']): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  const params = query instanceof URLSearchParams ? new URLSearchParams(query) : new URLSearchParams();
  if (query && !(query instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      params.append(key, String(value));
    }
  }
  const search = params.toString();
  return `${API_BASE}${clean}${search ? `?${search}` : ''}`;
}

async function parseBody(response: Response): Promise<unknown> {
  // 204/205/304 carry no body by definition; an empty 200 is treated the same way.
  if (response.status === 204 || response.status === 205 || response.status === 304) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({
      status: response.status,
      code: 'invalid_response',
      message: 'The API sent a response the dashboard could not read.',
    });
  }
}

/**
 * Calls `/api{path}` and returns the parsed body with the status and headers (for `X-Total-Count` and the like).
 * Throws ApiError for non-2xx answers and for network failures; an abort is rethrown untouched so that
 * TanStack Query can tell a cancelled request from a failed one.
 */
export async function apiRequest<T = unknown>(path: string, init: ApiFetchInit = {}): Promise<ApiResult<T>> {
  const { json, query, headers: initHeaders, body: rawBody, ...rest } = init;
  const headers = new Headers(initHeaders);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  let body = rawBody;
  if (json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(json);
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { ...rest, headers, body, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    if (init.signal?.aborted) throw error;
    throw networkError();
  }

  if (!response.ok) {
    const error = await apiErrorFromResponse(response);
    if (isSessionEnded(error)) leaveForSignIn();
    throw error;
  }
  return { data: (await parseBody(response)) as T, status: response.status, headers: response.headers };
}

/** Like apiRequest, for callers that only need the body. */
export async function apiFetch<T = unknown>(path: string, init?: ApiFetchInit): Promise<T> {
  const { data } = await apiRequest<T>(path, init);
  return data;
}
