'use client';

import { useState } from 'react';

import { PageHeader } from '@/components/layout/page-header';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PlusIcon, RefreshIcon } from '@/components/ui/icons';
import type { UserSummary } from '@/lib/access/user-schemas';
import { useUsers } from '@/lib/client/users';

import { AddUserDialog } from './add-user-dialog';
import { type UserAction, UserActionDialog } from './user-action-dialog';
import { UsersTable, UsersTableSkeleton } from './users-table';

/** The Users page (admins only): everyone with an account, adding people, and what can be done to each. */
export function UsersView({ selfId }: { selfId: string }) {
  const users = useUsers();
  const [adding, setAdding] = useState(false);
  const [target, setTarget] = useState<{ action: UserAction; user: UserSummary } | null>(null);

  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in to this dashboard, and with which role. The last active admin always stays."
        actions={
          <Button onClick={() => setAdding(true)}>
            <PlusIcon />
            Add user
          </Button>
        }
      />
      <Card className="overflow-hidden">
        {users.isPending ? (
          <>
            <p role="status" className="sr-only">
              Loading users…
            </p>
            <UsersTableSkeleton />
          </>
        ) : users.isError ? (
          <div className="p-4">
            <Alert
              tone="danger"
              title="The users couldn’t be loaded"
              action={
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => void users.refetch()}
                  loading={users.isFetching}
                >
                  <RefreshIcon />
                  Try again
                </Button>
              }
            >
              {users.error.message}
            </Alert>
          </div>
        ) : (
          <UsersTable
            users={users.data}
            selfId={selfId}
            onAction={(action, user) => setTarget({ action, user })}
          />
        )}
      </Card>
      <AddUserDialog open={adding} onOpenChange={setAdding} />
      <UserActionDialog
        target={target}
        users={users.data ?? []}
        selfId={selfId}
        onClose={() => setTarget(null)}
      />
    </>
  );
}
