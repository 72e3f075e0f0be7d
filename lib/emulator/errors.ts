/** The API's error codes and a throwable error that the router turns into the `{"error":{code,message}}` envelope. */

export type ErrorCode =
  | 'bad_request'
  | 'auth_failed'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'conflict'
  | 'gone'
  | 'rate_limited'
  | 'too_many_sandboxes'
  | 'too_many_templates'
  | 'too_many_builds'
  | 'internal_error'
  | 'service_unavailable';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const badRequest = (message: string) => new ApiError(400, 'bad_request', message);
export const notFound = (message: string) => new ApiError(404, 'not_found', message);
export const conflict = (message: string) => new ApiError(409, 'conflict', message);

export const INVALID_BODY = 'Request body is not valid JSON or contains unknown fields.';
export const INVALID_STATE = 'Sandbox is not in a valid state for this operation';
export const SANDBOX_NOT_FOUND = 'Sandbox not found';
export const TEMPLATE_NOT_FOUND = 'Template not found';
export const BUILD_NOT_FOUND = 'Build not found';
