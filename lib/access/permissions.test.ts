import { describe, expect, it } from 'vitest';

import { type Action, can, forbiddenMessage, PERMISSIONS, ROLES } from './permissions';

const actions = Object.keys(PERMISSIONS) as Action[];
const writes = actions.filter(
  (action) => !action.endsWith('.read') && !action.startsWith('user.') && action !== 'audit.read',
);

describe('the permission table', () => {
  it('lets every role read sandboxes and templates', () => {
    for (const role of ROLES) {
      expect(can(role, 'sandbox.read')).toBe(true);
      expect(can(role, 'template.read')).toBe(true);
    }
  });

  it('keeps every write from viewers and allows it to operators and admins', () => {
    expect(writes.length).toBeGreaterThan(8);
    for (const action of writes) {
      expect(can('viewer', action), action).toBe(false);
      expect(can('operator', action), action).toBe(true);
      expect(can('admin', action), action).toBe(true);
    }
  });

  it('keeps users and the audit log to admins', () => {
    for (const action of ['user.manage', 'audit.read'] as const) {
      expect(can('viewer', action)).toBe(false);
      expect(can('operator', action)).toBe(false);
      expect(can('admin', action)).toBe(true);
    }
  });

  it('lets an unknown or missing role do nothing at all', () => {
    for (const action of actions) {
      expect(can('superuser', action)).toBe(false);
      expect(can('', action)).toBe(false);
      expect(can(null, action)).toBe(false);
      expect(can(undefined, action)).toBe(false);
    }
  });
});

describe('forbiddenMessage', () => {
  it('says what the role cannot do and which role can', () => {
    expect(forbiddenMessage('viewer', 'sandbox.delete')).toBe(
      "Viewers can't delete sandboxes. Ask an admin for the operator role.",
    );
    expect(forbiddenMessage('operator', 'audit.read')).toBe(
      "Operators can't read the audit log. Ask an admin for the admin role.",
    );
  });
  it('does not present an unknown role as one of ours', () => {
    expect(forbiddenMessage('superuser', 'sandbox.exec')).toBe(
      "Your account can't run commands in sandboxes. Ask an admin for the operator role.",
    );
  });
});
