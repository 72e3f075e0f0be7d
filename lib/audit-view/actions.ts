/**
 * The audit log's action names, with the words the page shows for them. Proxied writes use the permission
 * table's names (lib/access/permissions.ts); account events are `account.*` (one's own session and password)
 * and `user.*` (an admin acting on someone). A name not listed here still shows, as itself.
 */
export const AUDIT_ACTIONS = {
  'sandbox.create': 'Create sandbox',
  'sandbox.update': 'Edit sandbox',
  'sandbox.pause': 'Pause sandbox',
  'sandbox.resume': 'Resume sandbox',
  'sandbox.delete': 'Delete sandbox',
  'sandbox.activate': 'Connect to sandbox',
  'sandbox.exec': 'Run command',
  'template.create': 'Create template',
  'template.delete': 'Delete template',
  'template.build': 'Build template',
  'template.cancel_build': 'Cancel template build',
  'account.setup': 'First-run setup',
  'account.sign_in': 'Sign in',
  'account.sign_out': 'Sign out',
  'account.sign_out_others': 'Sign out other sessions',
  'account.password_change': 'Change own password',
  'account.password_reset': 'Set password from a link',
  'account.invite_accept': 'Accept invite',
  'user.create': 'Add user',
  'user.update': 'Edit user',
  'user.role_change': 'Change role',
  'user.disable': 'Disable user',
  'user.enable': 'Enable user',
  'user.delete': 'Delete user',
  'user.password_reset': 'Reset password',
  'user.sessions_revoke': 'End user sessions',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function actionLabel(action: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
}

/** For the filter: every action, grouped by what it acts on. */
export const ACTION_GROUPS: ReadonlyArray<{ label: string; actions: AuditAction[] }> = [
  { label: 'Sandboxes', actions: actionsStartingWith('sandbox.') },
  { label: 'Templates', actions: actionsStartingWith('template.') },
  { label: 'Accounts', actions: [...actionsStartingWith('account.'), ...actionsStartingWith('user.')] },
];

function actionsStartingWith(prefix: string): AuditAction[] {
  return (Object.keys(AUDIT_ACTIONS) as AuditAction[]).filter((action) => action.startsWith(prefix));
}
