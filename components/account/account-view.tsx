'use client';

import { useQueryClient } from '@tanstack/react-query';

import type { ActorView } from '@/components/account/actor-context';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { isRole, roleLabel } from '@/lib/access/permissions';

import { ChangePasswordForm } from './change-password-form';
import { SessionsCard, sessionCountKey } from './sessions-card';

/** The signed-in person's own page: who they are, their password, their sessions. */
export function AccountView({ actor }: { actor: ActorView }) {
  const client = useQueryClient();
  const role = isRole(actor.role) ? roleLabel(actor.role) : actor.role || 'No role';
  return (
    <>
      <PageHeader
        title="Your account"
        description={
          <>
            {actor.name} · {actor.email} · {role}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <Card aria-labelledby="password-title">
          <CardHeader
            id="password-title"
            title="Password"
            description="Changing it needs the current one. An admin can send you a reset link if it is lost."
          />
          <CardBody>
            <ChangePasswordForm
              email={actor.email}
              onOthersSignedOut={() => void client.invalidateQueries({ queryKey: sessionCountKey })}
            />
          </CardBody>
        </Card>
        <SessionsCard />
      </div>
    </>
  );
}
