'use client';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { MoreIcon } from '@/components/ui/icons';
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from '@/components/ui/menu';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TBody, THead, Tr } from '@/components/ui/table';
import type { UserSummary } from '@/lib/access/user-schemas';

import { RoleBadge, UserStatusBadge } from './user-badges';
import type { UserAction } from './user-action-dialog';

const HEAD = 'text-fg-muted h-10 px-3 text-xs font-medium whitespace-nowrap';
const CELL = 'px-3 py-2.5 align-middle';

type UsersTableProps = {
  users: readonly UserSummary[];
  selfId: string;
  onAction: (action: UserAction, user: UserSummary) => void;
};

/** Everyone with an account: who, their role, whether they can sign in, and a menu of what can be done. */
export function UsersTable({ users, selfId, onAction }: UsersTableProps) {
  return (
    <Table label="Users">
      <THead>
        <Tr>
          <th scope="col" className={HEAD}>
            Name
          </th>
          <th scope="col" className={HEAD}>
            Role
          </th>
          <th scope="col" className={HEAD}>
            Status
          </th>
          <th scope="col" className={HEAD}>
            Added
          </th>
          <th scope="col" className={HEAD}>
            Last sign-in
          </th>
          <th scope="col" className={HEAD}>
            <span className="sr-only">Actions</span>
          </th>
        </Tr>
      </THead>
      <TBody>
        {users.map((user) => (
          <UserRow key={user.id} user={user} self={user.id === selfId} onAction={onAction} />
        ))}
      </TBody>
    </Table>
  );
}

function UserRow({
  user,
  self,
  onAction,
}: {
  user: UserSummary;
  self: boolean;
  onAction: (action: UserAction, user: UserSummary) => void;
}) {
  const act = (action: UserAction) => () => onAction(action, user);
  const waiting = user.status === 'invited' || user.status === 'invite_expired';
  return (
    <Tr data-testid="user-row" data-email={user.email}>
      <td className={CELL}>
        <div className="flex items-center gap-2">
          <span className="text-fg font-medium">{user.name}</span>
          {self ? <Badge tone="accent">You</Badge> : null}
        </div>
        <div className="text-fg-muted text-xs">{user.email}</div>
      </td>
      <td className={CELL}>
        <RoleBadge role={user.role} />
      </td>
      <td className={CELL}>
        <UserStatusBadge status={user.status} />
        {user.status === 'invited' && user.inviteExpiresAt ? (
          <div className="text-fg-muted mt-0.5 text-xs">
            Link expires <RelativeTime value={user.inviteExpiresAt} />
          </div>
        ) : null}
      </td>
      <td className={`${CELL} text-fg-muted whitespace-nowrap`}>
        <RelativeTime value={user.createdAt} />
      </td>
      <td className={`${CELL} text-fg-muted whitespace-nowrap`}>
        {user.lastSignInAt ? (
          <RelativeTime value={user.lastSignInAt} />
        ) : (
          <span title="No session open">—</span>
        )}
      </td>
      <td className={`${CELL} w-10 text-right`}>
        <Menu>
          <MenuTrigger asChild>
            <Button variant="ghost" size="icon" aria-label={`Actions for ${user.name}`}>
              <MoreIcon />
            </Button>
          </MenuTrigger>
          <MenuContent>
            <MenuItem onSelect={act('role')}>Change role…</MenuItem>
            {waiting ? <MenuItem onSelect={act('invite')}>New invite link…</MenuItem> : null}
            {user.status === 'disabled' ? (
              <MenuItem onSelect={act('enable')}>Enable…</MenuItem>
            ) : (
              <MenuItem onSelect={act('disable')}>Disable…</MenuItem>
            )}
            {!waiting && user.status !== 'disabled' && !self ? (
              <MenuItem onSelect={act('invite')}>Password reset link…</MenuItem>
            ) : null}
            <MenuSeparator />
            <MenuItem tone="danger" onSelect={act('delete')}>
              Delete…
            </MenuItem>
          </MenuContent>
        </Menu>
      </td>
    </Tr>
  );
}

export function UsersTableSkeleton() {
  return (
    <div className="flex flex-col gap-3 p-4" aria-hidden="true">
      {[0, 1, 2].map((row) => (
        <div key={row} className="flex items-center gap-6">
          <Skeleton className="h-8 w-48" />
          <Skeleton className="h-5 w-16" />
          <Skeleton className="h-5 w-16" />
          <Skeleton className="h-4 w-20" />
        </div>
      ))}
    </div>
  );
}
