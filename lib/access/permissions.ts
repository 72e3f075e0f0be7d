/**
 * Who may do what: the one permission table. The proxy enforces it (lib/server/routes.ts names each route's
 * action), the pages and the UI read it to show only what a role can use, and the audit log records the same
 * action names. Pure and browser-safe: the browser only hides what the server would refuse anyway.
 */

export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

type Permission = { role: Role; /** "delete sandboxes": completes "Viewers can't …". */ what: string };

/** Every action a person can take, by the dotted name the audit log records, with the lowest role allowed. */
export const PERMISSIONS = {
  'sandbox.read': { role: 'viewer', what: 'see sandboxes' },
  'sandbox.create': { role: 'operator', what: 'create sandboxes' },
  'sandbox.update': { role: 'operator', what: 'edit sandboxes' },
  'sandbox.delete': { role: 'operator', what: 'delete sandboxes' },
  'sandbox.pause': { role: 'operator', what: 'pause sandboxes' },
  'sandbox.resume': { role: 'operator', what: 'resume sandboxes' },
  'sandbox.activate': { role: 'operator', what: 'connect to sandboxes' },
  'sandbox.exec': { role: 'operator', what: 'run commands in sandboxes' },
  'template.read': { role: 'viewer', what: 'see templates' },
  'template.create': { role: 'operator', what: 'create templates' },
  'template.delete': { role: 'operator', what: 'delete templates' },
  'template.build': { role: 'operator', what: 'build templates' },
  'template.cancel_build': { role: 'operator', what: 'cancel template builds' },
  'user.manage': { role: 'admin', what: 'manage users' },
  'audit.read': { role: 'admin', what: 'read the audit log' },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

/** Whether `role` may take `action`. An unknown role (a stale or hand-edited value) may do nothing. */
export function can(role: string | null | undefined, action: Action): boolean {
  return isRole(role) && RANK[role] >= RANK[PERMISSIONS[action].role];
}

const PLURAL: Record<Role, string> = { viewer: 'Viewers', operator: 'Operators', admin: 'Admins' };

/** "Viewers can't delete sandboxes. Ask an admin for the operator role." */
export function forbiddenMessage(role: string | null | undefined, action: Action): string {
  const { role: needed, what } = PERMISSIONS[action];
  // A role this version does not know may do nothing; say so without naming it as if it were one of ours.
  const who = isRole(role) ? PLURAL[role] : 'Your account';
  return `${who} can't ${what}. Ask an admin for the ${needed} role.`;
}

/** For labels: "viewer" → "Viewer". */
export function roleLabel(role: Role): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
