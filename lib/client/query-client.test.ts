import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { shouldRetry } from './query-client';

const error = (status: number) => new ApiError({ status, code: 'x', message: 'x' });

describe('shouldRetry', () => {
  it('retries network failures, 429 and 5xx a bounded number of times', () => {
    expect(shouldRetry(0, error(0))).toBe(true);
    expect(shouldRetry(0, error(429))).toBe(true);
    expect(shouldRetry(1, error(503))).toBe(true);
    expect(shouldRetry(2, error(503))).toBe(false);
  });
  it('never retries answers that would repeat (404, 400, 409)', () => {
    expect(shouldRetry(0, error(404))).toBe(false);
    expect(shouldRetry(0, error(400))).toBe(false);
    expect(shouldRetry(0, error(409))).toBe(false);
    expect(shouldRetry(0, new Error('x'))).toBe(false);
  });
});
