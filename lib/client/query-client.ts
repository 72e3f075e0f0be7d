import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

const MAX_RETRIES = 2;

/** Retrying a 4xx only repeats the same answer (404, 400…); 408, 429, 5xx and network failures may pass later. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!isApiError(error)) return false;
  const { status } = error;
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: shouldRetry,
        retryDelay: (attempt, error) =>
          isApiError(error) && error.retryAfter !== undefined
            ? error.retryAfter * 1000
            : Math.min(1000 * 2 ** attempt, 8_000),
      },
      // Writes are never retried automatically: a repeated POST could act twice.
      mutations: { retry: false },
    },
  });
}
