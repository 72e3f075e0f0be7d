/**
 * Opens a Server-Sent Events response through the proxy, for the streams the browser reads with fetch (exec
 * output, build logs): the API's refusal as an ApiError (a 401 leaves for sign-in), an unreachable server as the
 * network error, and a stopped request as `undefined`, so each caller only reads the body.
 */
import { apiUrl } from './api';
import { ApiError, apiErrorFromResponse, networkError } from './api-error';
import { isSessionEnded, leaveForSignIn } from './session-ended';

/** The response's body, or undefined when `signal` stopped the request first. `what` names it in an error. */
export async function openEventStream(
  path: string,
  init: RequestInit & { signal?: AbortSignal },
  what: string,
): Promise<ReadableStream<Uint8Array> | undefined> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'text/event-stream');
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { ...init, headers, credentials: 'same-origin' });
  } catch (error) {
    if (init.signal?.aborted) return undefined;
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw networkError();
  }
  if (!response.ok) {
    const error = await apiErrorFromResponse(response);
    if (isSessionEnded(error)) leaveForSignIn();
    throw error;
  }
  if (!response.body) {
    throw new ApiError({
      status: response.status,
      code: 'invalid_response',
      message: `The API answered without ${what}.`,
    });
  }
  return response.body;
}
