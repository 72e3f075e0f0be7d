import { describe, expect, it } from 'vitest';
import { describeActionError } from './action-errors';

const conflict = {
  status: 409,
  code: 'conflict',
  message: 'Sandbox is not in a valid state for this operation',
};

describe('describeActionError', () => {
  it('explains a 409 on pause and resume with the state the sandbox is in', () => {
    expect(describeActionError('pause', conflict, 'paused')).toEqual({
      title: 'Couldn’t pause the sandbox',
      detail: 'Only an active sandbox can be paused. It is paused now. The page shows its current state.',
    });
    expect(describeActionError('resume', conflict, 'active').detail).toBe(
      'Only a paused sandbox can be resumed. It is active now. The page shows its current state.',
    );
  });

  it('explains the network 409: active only, nothing applied, rules kept', () => {
    const { title, detail } = describeActionError(
      'network',
      { ...conflict, message: 'Sandbox must be active to update network config' },
      'paused',
    );
    expect(title).toBe('Network rules not saved');
    expect(detail).toContain('only while the sandbox is active');
    expect(detail).toContain('It is paused now.');
    expect(detail).toContain('Nothing was saved');
    expect(detail).toContain('Resume it, then save again');
  });

  it('quotes a state this version does not know, and leaves it out when unknown', () => {
    expect(describeActionError('pause', conflict, 'hibernating').detail).toContain(
      'Its state is “hibernating”.',
    );
    expect(describeActionError('pause', conflict).detail).toBe(
      'Only an active sandbox can be paused. The page shows its current state.',
    );
  });

  it('says a 404 means the sandbox is gone', () => {
    expect(describeActionError('delete', { status: 404, code: 'not_found', message: 'x' }).detail).toMatch(
      /no longer exists/,
    );
  });

  it('passes the API’s 400 message on, pointing edits at the rows', () => {
    const error = { status: 400, code: 'bad_request', message: 'metadata key "a" is reserved' };
    expect(describeActionError('metadata', error).detail).toBe(
      'The API did not accept it: metadata key "a" is reserved Fix the highlighted rows and save again.',
    );
    expect(describeActionError('exec', { ...error, message: 'command is required' }).detail).toBe(
      'The API did not accept it: command is required',
    );
  });

  it('covers network failures, rate limits and server errors', () => {
    expect(describeActionError('pause', { status: 0, code: 'network_error', message: '' }).detail).toMatch(
      /could not be reached/,
    );
    expect(
      describeActionError('resume', { status: 429, code: 'rate_limited', message: '', retryAfter: 3 }).detail,
    ).toBe('Too many requests. The API asked to wait 3 seconds; try again then.');
    expect(
      describeActionError('resume', {
        status: 502,
        code: 'bad_gateway',
        message: 'The API could not be reached.',
      }).detail,
    ).toBe('The API could not be reached. Try again in a moment.');
  });
});
