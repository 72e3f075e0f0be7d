import { Badge, type BadgeTone } from '@/components/ui/badge';
import { isRole, roleLabel } from '@/lib/access/permissions';
import type { UserStatus } from '@/lib/access/user-schemas';

const STATUS: Record<UserStatus, { label: string; tone: BadgeTone }> = {
  active: { label: 'Active', tone: 'success' },
  disabled: { label: 'Disabled', tone: 'neutral' },
  invited: { label: 'Invited', tone: 'info' },
  invite_expired: { label: 'Invite expired', tone: 'warning' },
};

export function UserStatusBadge({ status }: { status: UserStatus }) {
  const { label, tone } = STATUS[status];
  return (
    <Badge tone={tone} dot>
      {label}
    </Badge>
  );
}

/** A role by its label; a value this version doesn't know is shown as it is (it may do nothing). */
export function RoleBadge({ role }: { role: string | null }) {
  return (
    <Badge tone={role === 'admin' ? 'accent' : 'neutral'}>
      {isRole(role) ? roleLabel(role) : role || 'No role'}
    </Badge>
  );
}
