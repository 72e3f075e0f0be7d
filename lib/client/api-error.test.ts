import { describe, expect, it } from 'vitest';
import {
  ApiError,
  apiErrorFromResponse,
  defaultMessageForStatus,
  errorMessage,
  networkError,
  parseRetryAfter,
  readErrorEnvelope,
} from './api-error';

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('7')).toBe(7);
  });
  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2026-05-01T12:00:00Z');
    expect(parseRetryAfter('Fri, 01 May 2026 12:00:30 GMT', now)).toBe(30);
  });
  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('readErrorEnvelope', () => {
  it('reads code, message and well-formed fields only', () => {
    const body = {
      error: {
        code: 'bad_request',
        message: 'name is required',
        fields: [{ path: 'name', message: 'Required' }, { path: 3 }, 'x'],
      },
    };
    expect(readErrorEnvelope(body)).toEqual({
      code: 'bad_request',
      message: 'name is required',
      fields: [{ path: 'name', message: 'Required' }],
    });
  });
  it('survives bodies that are not envelopes', () => {
    expect(readErrorEnvelope('oops')).toEqual({ fields: [] });
    expect(readErrorEnvelope({ error: 'x' })).toEqual({ fields: [] });
    expect(readErrorEnvelope({ error: { message: '  ' } })).toEqual({
      code: undefined,
      message: undefined,
      fields: [],
    });
  });
});

describe('apiErrorFromResponse', () => {
  it("keeps the API's code, message, fields and Retry-After", async () => {
    const response = new Response(
      JSON.stringify({ error: { code: 'rate_limited', message: 'Slow down', fields: [] } }),
      { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '3' } },
    );
    const error = await apiErrorFromResponse(response);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', message: 'Slow down', retryAfter: 3 });
  });
  it('gives a human message when the body is not JSON', async () => {
    const error = await apiErrorFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(error).toMatchObject({ status: 502, code: 'http_502', message: defaultMessageForStatus(502) });
    expect(error.message).toMatch(/could not be reached/);
  });
});

describe('networkError and errorMessage', () => {
  it('marks a request that got no answer with status 0', () => {
    const error = networkError();
    expect(error.isNetworkError).toBe(true);
    expect(errorMessage(error)).toMatch(/connection/);
  });
  it('falls back for unknown throwables', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage(42)).toBe('Something went wrong. Try again.');
  });
});
