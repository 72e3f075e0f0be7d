/**
 * The one error type the browser sees from the API: for error responses (non-2xx) and for requests that never
 * got an answer (status 0). Components branch on `status`/`code`, show `message` and map `fields` onto inputs.
 */

/** Same shape as the contract's FieldError: a dotted path (`name`, `network.allow_out.2`) and a message. */
export type FieldError = { path: string; message: string };

export type ApiErrorInit = {
  status: number;
  code: string;
  message: string;
  fields?: FieldError[];
  retryAfter?: number;
};

/** Code used for requests that never reached the dashboard server (offline, server down, CORS…). */
export const NETWORK_ERROR_CODE = 'network_error';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** Seconds to wait before retrying, from a `Retry-After` header (429/503). */
  readonly retryAfter?: number;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** A sentence a person understands for a status whose response carried no usable message. */
export function defaultMessageForStatus(status: number): string {
  if (status === 400) return 'The request was not accepted. Check the highlighted fields and try again.';
  if (status === 401 || status === 403)
    return 'The dashboard is not allowed to call the API. Check its API key.';
  if (status === 404) return 'Not found. It may have been deleted.';
  if (status === 409) return 'The sandbox is not in a state that allows this right now.';
  if (status === 413) return 'The request is too large.';
  if (status === 429) return 'Too many requests. Wait a moment and try again.';
  if (status === 502) return 'The Superserve API could not be reached. Try again in a moment.';
  if (status === 503) return 'The Superserve API is temporarily unavailable. Try again in a moment.';
  if (status === 504) return 'The Superserve API took too long to answer. Try again in a moment.';
  if (status >= 500) return 'Something went wrong on the server. Try again in a moment.';
  return `The request failed with status ${status}.`;
}

/** `Retry-After` is either delta-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { path, message } = value as Record<string, unknown>;
  return typeof path === 'string' && typeof message === 'string';
}

/** Reads the API's envelope `{"error":{"code","message","fields?"}}` out of any parsed body, defensively. */
export function readErrorEnvelope(body: unknown): { code?: string; message?: string; fields: FieldError[] } {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null) return { fields: [] };
  const { code, message, fields } = error as Record<string, unknown>;
  return {
    code: typeof code === 'string' && code ? code : undefined,
    message: typeof message === 'string' && message.trim() ? message : undefined,
    fields: Array.isArray(fields) ? fields.filter(isFieldError) : [],
  };
}

/** Builds an ApiError from a non-2xx response; never throws, whatever the body looks like. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const envelope = readErrorEnvelope(body);
  return new ApiError({
    status: response.status,
    code: envelope.code ?? `http_${response.status}`,
    message: envelope.message ?? defaultMessageForStatus(response.status),
    fields: envelope.fields,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
  });
}

export function networkError(): ApiError {
  return new ApiError({
    status: 0,
    code: NETWORK_ERROR_CODE,
    message: 'Could not reach the dashboard server. Check your connection and try again.',
  });
}

/** The message to show for anything thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}
