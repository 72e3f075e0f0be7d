import { describe, expect, it } from 'vitest';
import { describeSubmitError } from './submit-error';

const error = (status: number, code = 'x', message = 'msg', retryAfter?: number) => ({
  status,
  code,
  message,
  fields: [],
  retryAfter,
});

describe('describeSubmitError', () => {
  it('tells a sandbox cap apart from rate limiting', () => {
    const cap = describeSubmitError(error(429, 'too_many_sandboxes'));
    expect(cap.title).toMatch(/sandbox limit/);
    expect(cap.linkToList).toBe(true);
    expect(cap.retryAfter).toBeUndefined();

    const limited = describeSubmitError(error(429, 'rate_limited', 'slow down', 7));
    expect(limited.title).toBe('Too many requests');
    expect(limited.action).toContain('wait 7 seconds');
    expect(limited.retryAfter).toBe(7);
  });

  it('says a retry is safe after a timeout, since the outcome is unknown', () => {
    const timeout = describeSubmitError(error(504));
    expect(timeout.action).toMatch(/may or may not have been created/);
    expect(timeout.action).toMatch(/never creates a second sandbox/);
  });

  it('covers 502, 503 and other 5xx with keep-your-values wording', () => {
    expect(describeSubmitError(error(502)).title).toMatch(/could not be reached/);
    expect(describeSubmitError(error(503)).title).toMatch(/unavailable/);
    expect(describeSubmitError(error(500)).title).toMatch(/went wrong/);
    for (const status of [500, 502, 503]) expect(describeSubmitError(error(status)).action).toMatch(/kept/);
  });

  it('marks the template for a 404 and for a not-ready 409', () => {
    expect(describeSubmitError(error(404, 'not_found', 'Template not found')).field?.path).toBe('template');
    const notReady = describeSubmitError(error(409, 'conflict', 'template is not ready (status=building)'));
    expect(notReady.title).toMatch(/not ready/);
    expect(notReady.field?.path).toBe('template');
    expect(describeSubmitError(error(409, 'conflict', 'other')).field).toBeUndefined();
  });

  it('points at the fields for a 400, and at the server key for 401', () => {
    expect(describeSubmitError(error(400)).action).toMatch(/highlighted fields/);
    expect(describeSubmitError(error(401)).action).toMatch(/SUPERSERVE_API_KEY/);
  });

  it('tells the dashboard’s own 401 and 403 (session, role) apart from the API refusing the key', () => {
    const ended = describeSubmitError(
      error(401, 'unauthenticated', 'Your session has ended. Sign in again.'),
    );
    expect(ended.title).toBe('Your session has ended');
    expect(ended.action).not.toMatch(/SUPERSERVE_API_KEY/);

    const message = "Viewers can't create sandboxes. Ask an admin for the operator role.";
    const forbidden = describeSubmitError(error(403, 'forbidden', message));
    expect(forbidden.title).toBe('You can’t create sandboxes');
    expect(forbidden.detail).toBe(message);
    expect(forbidden.action).toMatch(/role may have changed/);

    expect(describeSubmitError(error(403, 'auth_failed', 'bad key')).action).toMatch(/SUPERSERVE_API_KEY/);
  });

  it('explains a network failure', () => {
    expect(describeSubmitError(error(0, 'network_error')).title).toMatch(/could not be reached/);
  });
});
