/**
 * The rules for changing people's accounts, as one pure function: the server applies it (under a lock, to the
 * database as it is at that moment) and the Users page reads it to explain, before anyone clicks, why an action
 * can't be taken. Browser-safe; the server's answer is the one that counts.
 *
 * - The last active admin can't be demoted, disabled or deleted: someone must always be able to manage users.
 * - No one changes their own role, disables or deletes their own account: another admin does that.
 */
import { roleLabel, type Role } from './permissions';

/** A person as the rules see them. `disabled` is better-auth's `banned`. */
export type RuleSubject = { id: string; name: string; role: string | null; disabled: boolean };

export type UserChange =
  { kind: 'role'; role: Role } | { kind: 'disable' } | { kind: 'enable' } | { kind: 'delete' };

export type Refusal = { code: 'last_admin' | 'own_account'; message: string };

export function isActiveAdmin(subject: Pick<RuleSubject, 'role' | 'disabled'>): boolean {
  return subject.role === 'admin' && !subject.disabled;
}

/** Whether the change takes an active admin away: a demotion, disabling or deleting them. */
function removesAnAdmin(target: RuleSubject, change: UserChange): boolean {
  if (!isActiveAdmin(target)) return false;
  if (change.kind === 'role') return change.role !== 'admin';
  return change.kind === 'disable' || change.kind === 'delete';
}

const VERB = { role: 'demoted', disable: 'disabled', delete: 'deleted' } as const;

/**
 * Why `actorId` may not make `change` to `target`, or null if they may. `activeAdmins` counts every active admin
 * (the target included). Who may manage users at all is the permission table's business, not this one's. The
 * last-admin rule is checked first: it is the one that says what to do next (make someone else an admin).
 */
export function refusalFor({
  actorId,
  target,
  change,
  activeAdmins,
}: {
  actorId: string | null;
  target: RuleSubject;
  change: UserChange;
  activeAdmins: number;
}): Refusal | null {
  const self = actorId !== null && actorId === target.id;
  if (removesAnAdmin(target, change) && activeAdmins <= 1) {
    const verb = VERB[change.kind as keyof typeof VERB];
    const who = self ? 'You are' : `${target.name} is`;
    return {
      code: 'last_admin',
      message: `${who} the last active admin, so ${self ? 'your account' : 'they'} can't be ${verb}. Make another user an admin first: someone must always be able to manage users.`,
    };
  }
  if (!self) return null;
  if (change.kind === 'role' && change.role !== target.role) {
    return {
      code: 'own_account',
      message: `You can't change your own role${isRoleName(target.role) ? ` (${roleLabel(target.role)})` : ''}. Another admin can.`,
    };
  }
  if (change.kind === 'disable') {
    return { code: 'own_account', message: "You can't disable your own account. Another admin can." };
  }
  if (change.kind === 'delete') {
    return { code: 'own_account', message: "You can't delete your own account. Another admin can." };
  }
  return null;
}

function isRoleName(role: string | null): role is Role {
  return role === 'viewer' || role === 'operator' || role === 'admin';
}
