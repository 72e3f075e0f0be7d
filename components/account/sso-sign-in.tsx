'use client';

import { useState } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { startSso } from '@/lib/client/account';

/**
 * "Sign in with SSO", under the password form when OIDC_* is configured. The button hands the browser to the
 * identity provider; it comes back to `next`, or to this page with ?error= (which the page puts in words).
 */
export function SsoSignIn({ next, providerName }: { next: string; providerName: string }) {
  const [failure, setFailure] = useState<string>();
  const [leaving, setLeaving] = useState(false);

  async function start() {
    setFailure(undefined);
    setLeaving(true);
    const started = await startSso(next);
    if (started.ok) {
      // Stays busy while the provider's page loads.
      window.location.assign(started.url);
      return;
    }
    setLeaving(false);
    setFailure(started.message);
  }

  return (
    <div className="mt-5 flex flex-col gap-4">
      <div className="text-fg-muted flex items-center gap-3 text-xs" aria-hidden="true">
        <span className="bg-line h-px flex-1" />
        or
        <span className="bg-line h-px flex-1" />
      </div>
      {failure ? (
        <Alert tone="danger" live="polite" title="Couldn’t start single sign-on">
          {failure}
        </Alert>
      ) : null}
      <Button variant="secondary" className="w-full" loading={leaving} onClick={() => void start()}>
        Sign in with {providerName}
      </Button>
    </div>
  );
}
