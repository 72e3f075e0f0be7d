import { describe, expect, it } from 'vitest';

import { refusalFor, type RuleSubject } from './user-rules';

const ada: RuleSubject = { id: 'ada', name: 'Ada', role: 'admin', disabled: false };
const otto: RuleSubject = { id: 'otto', name: 'Otto', role: 'operator', disabled: false };

describe('refusalFor', () => {
  it('keeps the last active admin: no demotion, disabling or deletion', () => {
    for (const change of [
      { kind: 'role', role: 'operator' },
      { kind: 'disable' },
      { kind: 'delete' },
    ] as const) {
      expect(refusalFor({ actorId: null, target: ada, change, activeAdmins: 1 })).toMatchObject({
        code: 'last_admin',
        message: expect.stringMatching(/^Ada is the last active admin/),
      });
      expect(refusalFor({ actorId: null, target: ada, change, activeAdmins: 2 })).toBeNull();
    }
  });

  it('lets the last admin be enabled, renamed to their own role, or any non-admin be changed', () => {
    expect(
      refusalFor({ actorId: null, target: ada, change: { kind: 'enable' }, activeAdmins: 1 }),
    ).toBeNull();
    expect(
      refusalFor({ actorId: null, target: ada, change: { kind: 'role', role: 'admin' }, activeAdmins: 1 }),
    ).toBeNull();
    expect(
      refusalFor({ actorId: 'ada', target: otto, change: { kind: 'delete' }, activeAdmins: 1 }),
    ).toBeNull();
  });

  it('never counts a disabled admin as the one to keep', () => {
    const disabled = { ...ada, disabled: true };
    expect(
      refusalFor({ actorId: null, target: disabled, change: { kind: 'delete' }, activeAdmins: 1 }),
    ).toBeNull();
  });

  it('speaks to the admin about themselves first as the last admin, then about their own account', () => {
    expect(
      refusalFor({ actorId: 'ada', target: ada, change: { kind: 'disable' }, activeAdmins: 1 }),
    ).toMatchObject({
      code: 'last_admin',
      message: expect.stringMatching(/^You are the last active admin, so your account/),
    });
    expect(
      refusalFor({ actorId: 'ada', target: ada, change: { kind: 'role', role: 'viewer' }, activeAdmins: 2 }),
    ).toEqual({ code: 'own_account', message: "You can't change your own role (Admin). Another admin can." });
    expect(
      refusalFor({ actorId: 'otto', target: otto, change: { kind: 'delete' }, activeAdmins: 2 }),
    ).toMatchObject({
      code: 'own_account',
    });
  });
});
