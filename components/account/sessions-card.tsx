'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { countSessions, signOut, signOutOtherSessions } from '@/lib/client/account';

export const sessionCountKey = ['account', 'sessions'] as const;

/** Where else this account is signed in, and the two ways out: this session, or every other one. */
export function SessionsCard() {
  const router = useRouter();
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: sessionCountKey, queryFn: countSessions });
  const [leaving, setLeaving] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const others = sessions.data == null ? null : Math.max(0, sessions.data - 1);

  async function signOutOthers() {
    setRevoking(true);
    setOutcome(undefined);
    const result = await signOutOtherSessions();
    setRevoking(false);
    setOutcome(
      result.ok
        ? { ok: true, message: 'Every other session has ended. This one carries on.' }
        : { ok: false, message: result.message },
    );
    await client.invalidateQueries({ queryKey: sessionCountKey });
  }

  async function leave() {
    setLeaving(true);
    await signOut();
    router.replace('/sign-in');
    router.refresh();
  }

  return (
    <Card aria-labelledby="sessions-title">
      <CardHeader id="sessions-title" title="Sessions" description={describe(others, sessions.isError)} />
      <CardBody className="flex flex-col gap-4">
        {outcome ? (
          <Alert
            tone={outcome.ok ? 'success' : 'danger'}
            live="polite"
            title={outcome.ok ? 'Signed out elsewhere' : 'The other sessions are still open'}
          >
            {outcome.message}
          </Alert>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => void signOutOthers()} loading={revoking}>
            Sign out of all other sessions
          </Button>
          <Button variant="secondary" onClick={() => void leave()} loading={leaving}>
            Sign out
          </Button>
        </div>
      </CardBody>
    </Card>
  );
}

function describe(others: number | null, failed: boolean): string {
  if (failed) return 'Your other sessions couldn’t be counted; signing them out still works.';
  if (others === null) return 'Counting your sessions…';
  if (others === 0) return 'You are signed in here only.';
  return `You are signed in here and in ${others} other ${others === 1 ? 'session' : 'sessions'} (other browsers or devices).`;
}
