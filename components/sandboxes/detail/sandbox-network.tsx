'use client';

import dynamic from 'next/dynamic';
import { ALWAYS_BLOCKED_TEXT } from '@/components/sandbox-form/rule-list-config';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { LazyPlaceholder } from '@/components/ui/lazy-placeholder';
import type { NetworkConfigResponse, SandboxResponse } from '@/lib/contract';
import { LockIcon, PencilIcon } from '@/components/ui/icons';
import { canRun } from '@/lib/sandbox/actions';
import { useSandboxAccess } from '../use-sandbox-access';
import { SavedNote } from './saved-note';
import { useEditMode } from './use-edit-mode';

// The editor (react-hook-form and zod) loads when Edit is pressed: most visits only read the rules.
const NetworkEditor = dynamic(() => import('./network-editor').then((m) => m.NetworkEditor), {
  loading: () => <LazyPlaceholder label="Loading the network editor…" />,
});

function RuleList({ title, rules, empty }: { title: string; rules: string[]; empty: string }) {
  return (
    <div>
      <h3 className="text-fg-muted text-xs font-medium tracking-wide uppercase">{title}</h3>
      {rules.length === 0 ? (
        <p className="text-fg-muted mt-2 text-sm">{empty}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {rules.map((rule) => (
            <li
              key={rule}
              className="border-line bg-surface-muted text-fg rounded-md border px-2 py-0.5 font-mono text-xs"
            >
              {rule}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Plain-words summary of what the rules mean together (allow rules are checked before deny rules). */
function summary(allow: string[], deny: string[]): string {
  if (allow.length === 0 && deny.length === 0)
    return 'No egress rules: every public destination is reachable.';
  if (allow.length > 0 && deny.length === 0) {
    return 'Only the allowed destinations are reachable; anything else is blocked.';
  }
  if (allow.length === 0) return 'Every public destination is reachable except the blocked ranges.';
  return 'Allowed destinations are checked first; then the blocked ranges apply, and anything unmatched is blocked.';
}

/** Why the API would refuse a network change now (it answers 409 unless the sandbox is active). */
function networkLockedReason(status: string): string | undefined {
  if (canRun('network', status)) return undefined;
  if (status === 'paused') {
    return 'Resume the sandbox to change its network rules: the API refuses network changes while it is paused (409).';
  }
  if (status === 'failed') return 'A failed sandbox’s network rules can’t be changed.';
  return 'Network rules can be changed once the sandbox is active again.';
}

function NetworkView({ network }: { network: NetworkConfigResponse | null | undefined }) {
  return (
    <>
      <div className="grid gap-5 px-5 py-4 sm:grid-cols-2">
        <RuleList title="Allowed destinations" rules={network?.allow_out ?? []} empty="None" />
        <RuleList title="Blocked ranges" rules={network?.deny_out ?? []} empty="None" />
      </div>
      <p className="border-line text-fg-muted border-t px-5 py-3 text-xs">
        Private, link-local and loopback ranges ({ALWAYS_BLOCKED_TEXT}) are always blocked, whatever the rules
        say.
      </p>
    </>
  );
}

type SandboxNetworkProps = { sandbox: Pick<SandboxResponse, 'id' | 'status' | 'network'> };

/**
 * Outbound network rules: allowed destinations (`allow_out`) and blocked ranges (`deny_out`). Only a role that may
 * edit sandboxes gets the Edit button, and with it the note on when editing is possible.
 */
export function SandboxNetwork({ sandbox }: SandboxNetworkProps) {
  const { editing, savedAt, editButton, start, done } = useEditMode();
  const mayEdit = useSandboxAccess().allows('network');
  const locked = networkLockedReason(sandbox.status);
  const allow = sandbox.network?.allow_out ?? [];
  const deny = sandbox.network?.deny_out ?? [];
  return (
    <Card aria-labelledby="network-heading">
      <CardHeader
        id="network-heading"
        title="Network"
        className="flex-nowrap!"
        description={summary(allow, deny)}
        actions={
          editing || !mayEdit ? null : (
            <>
              <SavedNote key={savedAt} savedAt={savedAt} />
              <Button
                ref={editButton}
                variant="secondary"
                size="sm"
                onClick={start}
                disabled={Boolean(locked)}
                aria-describedby={locked ? 'network-locked' : undefined}
              >
                <PencilIcon />
                Edit
                <span className="sr-only"> network rules</span>
              </Button>
            </>
          )
        }
      />
      {locked && mayEdit && !editing ? (
        <p
          id="network-locked"
          className="border-line bg-warning-soft text-fg flex items-start gap-2 border-b px-5 py-2.5 text-sm"
        >
          <LockIcon className="text-warning-text mt-0.5 size-4 shrink-0" />
          {locked}
        </p>
      ) : null}
      {editing && mayEdit ? (
        <NetworkEditor
          sandboxId={sandbox.id}
          status={sandbox.status}
          network={sandbox.network}
          lockedReason={locked}
          onDone={done}
        />
      ) : (
        <NetworkView network={sandbox.network} />
      )}
    </Card>
  );
}
