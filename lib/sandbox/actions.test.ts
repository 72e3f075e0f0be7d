import { describe, expect, it } from 'vitest';
import { ROLES, forbiddenMessage } from '@/lib/access/permissions';
import { ApiError } from '@/lib/client/api-error';
import { SANDBOX_STATUSES } from '@/lib/contract/statuses';
import {
  ACTION_PERMISSION,
  LIFECYCLE_WORDS,
  SANDBOX_ACTIONS,
  actionAccess,
  allowedActions,
  canRun,
  describeActionFailure,
  failureTitle,
  roleAllows,
  waitingLabel,
  type SandboxAction,
} from './actions';

const UNKNOWN = 'hibernating';

/** The whole table, written out: a change to what a state allows must change this line too. */
const EXPECTED: Record<string, SandboxAction[]> = {
  starting: ['delete', 'metadata'],
  active: ['pause', 'delete', 'metadata', 'network', 'exec'],
  pausing: ['delete', 'metadata'],
  paused: ['resume', 'delete', 'metadata', 'exec'],
  resuming: ['delete', 'metadata', 'exec'],
  failed: ['delete', 'metadata'],
  // A state this version does not know: nothing that needs a known state, the rest is left to the API.
  [UNKNOWN]: ['delete', 'metadata', 'exec'],
};

function apiError(status: number, message: string, retryAfter?: number): ApiError {
  return new ApiError({ status, code: `http_${status}`, message, retryAfter });
}

const conflict = apiError(409, 'Sandbox is not in a valid state for this operation');

describe('which state allows which action', () => {
  it('covers every known status and an unknown one', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...SANDBOX_STATUSES, UNKNOWN].sort());
  });

  for (const [status, allowed] of Object.entries(EXPECTED)) {
    it(`${status}: ${allowed.join(', ')}`, () => {
      expect(allowedActions(status)).toEqual(allowed);
      for (const action of SANDBOX_ACTIONS) expect(canRun(action, status)).toBe(allowed.includes(action));
    });
  }

  it('explains a refusal of every action in every state, with a heading and the state it is in', () => {
    for (const action of SANDBOX_ACTIONS) {
      for (const status of Object.keys(EXPECTED)) {
        const { title, detail } = describeActionFailure(action, conflict, status);
        expect(title).toBe(failureTitle(action));
        expect(detail.length).toBeGreaterThan(20);
        if (!canRun(action, status)) expect(detail).toContain(status);
      }
    }
  });
});

describe('which role and state allow which action', () => {
  it('needs the operator role for every action, as the proxy does', () => {
    expect(ACTION_PERMISSION).toEqual({
      pause: 'sandbox.pause',
      resume: 'sandbox.resume',
      delete: 'sandbox.delete',
      metadata: 'sandbox.update',
      network: 'sandbox.update',
      exec: 'sandbox.exec',
    });
    for (const action of SANDBOX_ACTIONS) {
      expect(roleAllows('viewer', action), action).toBe(false);
      expect(roleAllows('operator', action), action).toBe(true);
      expect(roleAllows('admin', action), action).toBe(true);
    }
  });

  // Role × state, every cell: a writer gets what the state allows, a viewer the reason, whatever the state.
  for (const role of ROLES) {
    for (const [status, allowed] of Object.entries(EXPECTED)) {
      it(`${role} on a ${status} sandbox`, () => {
        for (const action of SANDBOX_ACTIONS) {
          const access = actionAccess(role, action, status);
          if (role === 'viewer') {
            expect(access, action).toEqual({
              kind: 'forbidden',
              reason: forbiddenMessage('viewer', ACTION_PERMISSION[action]),
            });
          } else {
            expect(access, action).toEqual({ kind: allowed.includes(action) ? 'ready' : 'unavailable' });
          }
        }
      });
    }
  }

  it('words the viewer’s reason as the proxy’s 403 does', () => {
    expect(actionAccess('viewer', 'pause', 'active')).toEqual({
      kind: 'forbidden',
      reason: "Viewers can't pause sandboxes. Ask an admin for the operator role.",
    });
    expect(actionAccess('viewer', 'exec', 'active')).toMatchObject({
      reason: "Viewers can't run commands in sandboxes. Ask an admin for the operator role.",
    });
  });

  it('lets an unknown or missing role do nothing', () => {
    for (const role of ['owner', '', null, undefined]) {
      expect(actionAccess(role, 'pause', 'active')).toEqual({
        kind: 'forbidden',
        reason: "Your account can't pause sandboxes. Ask an admin for the operator role.",
      });
    }
  });
});

describe('words', () => {
  it('names the lifecycle actions and what waiting looks like', () => {
    expect(LIFECYCLE_WORDS.pause).toEqual({
      verb: 'Pause',
      doing: 'Pausing',
      done: 'paused',
      skipReason: 'not active',
    });
    expect(LIFECYCLE_WORDS.resume.skipReason).toBe('not paused');
    expect(LIFECYCLE_WORDS.delete.done).toBe('deleted');
    expect(waitingLabel('pausing')).toBe('Pausing…');
    expect(waitingLabel('resuming')).toBe('Resuming…');
    expect(waitingLabel('starting')).toBe('Starting…');
    expect(waitingLabel('active')).toBeUndefined();
    expect(waitingLabel(UNKNOWN)).toBeUndefined();
  });

  it('titles a failure, naming the sandbox when asked', () => {
    expect(failureTitle('pause')).toBe('Couldn’t pause the sandbox');
    expect(failureTitle('delete', 'web-1')).toBe('Couldn’t delete web-1');
    expect(failureTitle('metadata', 'web-1')).toBe('Metadata not saved');
    expect(failureTitle('exec')).toBe('The command didn’t run');
  });
});

describe('describeActionFailure', () => {
  it('explains a 409 on pause and resume with the state the sandbox is in', () => {
    expect(describeActionFailure('pause', conflict, 'paused')).toEqual({
      title: 'Couldn’t pause the sandbox',
      detail: 'Only an active sandbox can be paused. It is paused now. The page shows its current state.',
    });
    expect(describeActionFailure('resume', conflict, 'active').detail).toBe(
      'Only a paused sandbox can be resumed. It is active now. The page shows its current state.',
    );
  });

  it('says the state changed when the caller’s copy still allows the action (the list, or before a refetch)', () => {
    expect(describeActionFailure('pause', conflict, 'active').detail).toBe(
      'Only an active sandbox can be paused. It is no longer active. The page shows its current state.',
    );
    expect(describeActionFailure('resume', conflict, 'paused').detail).toContain('It is no longer paused.');
    expect(describeActionFailure('exec', conflict, 'active').detail).toBe(
      'Commands run only on an active or paused sandbox. Wait until it settles, then run again.',
    );
  });

  it('explains the network 409: active only, nothing applied, rules kept', () => {
    const { title, detail } = describeActionFailure(
      'network',
      apiError(409, 'Sandbox must be active to update network config'),
      'paused',
    );
    expect(title).toBe('Network rules not saved');
    expect(detail).toContain('only while the sandbox is active');
    expect(detail).toContain('It is paused now.');
    expect(detail).toContain('Nothing was saved');
    expect(detail).toContain('Resume it, then save again');
  });

  it('quotes a state this version does not know, and leaves it out when unknown', () => {
    expect(describeActionFailure('pause', conflict, UNKNOWN).detail).toContain('Its state is “hibernating”.');
    expect(describeActionFailure('pause', conflict).detail).toBe(
      'Only an active sandbox can be paused. The page shows its current state.',
    );
  });

  it('says a 404 means the sandbox is gone, in the same words for every action', () => {
    const gone = apiError(404, 'x');
    for (const action of SANDBOX_ACTIONS) {
      expect(describeActionFailure(action, gone).detail).toBe(
        'This sandbox no longer exists: it was deleted, or its lifetime ended.',
      );
    }
  });

  it('passes the API’s 400 message on, pointing edits at the rows', () => {
    expect(describeActionFailure('metadata', apiError(400, 'metadata key "a" is reserved')).detail).toBe(
      'The API did not accept it: metadata key "a" is reserved Fix the highlighted rows and save again.',
    );
    expect(describeActionFailure('exec', apiError(400, 'command is required')).detail).toBe(
      'The API did not accept it: command is required',
    );
  });

  it('explains the dashboard’s 403 in its own words: the role changed while the page was open', () => {
    const forbidden = new ApiError({
      status: 403,
      code: 'forbidden',
      message: "Viewers can't pause sandboxes. Ask an admin for the operator role.",
    });
    expect(describeActionFailure('pause', forbidden, 'active')).toEqual({
      title: 'Couldn’t pause the sandbox',
      detail:
        "Viewers can't pause sandboxes. Ask an admin for the operator role. Your role may have changed since " +
        'this page was opened: reload it to see what you can do.',
    });
    // A 403 the API itself sent is not about the person's role.
    expect(describeActionFailure('exec', apiError(403, 'This key may not run commands')).detail).toBe(
      'The API refused it: This key may not run commands',
    );
  });

  it('covers network failures, rate limits and server errors', () => {
    expect(describeActionFailure('pause', apiError(0, '')).detail).toMatch(/could not be reached/);
    expect(describeActionFailure('resume', apiError(429, '', 3)).detail).toBe(
      'Too many requests. The API asked to wait 3 seconds; try again then.',
    );
    expect(describeActionFailure('resume', apiError(502, 'The API could not be reached.')).detail).toBe(
      'The API could not be reached. Try again in a moment.',
    );
  });

  it('reads anything that is not an API answer by its message, under the action’s heading', () => {
    expect(describeActionFailure('delete', new Error('Stream closed'))).toEqual({
      title: 'Couldn’t delete the sandbox',
      detail: 'Stream closed',
    });
    expect(describeActionFailure('exec', 'nonsense').detail).toBe('Something went wrong. Try again.');
  });
});
