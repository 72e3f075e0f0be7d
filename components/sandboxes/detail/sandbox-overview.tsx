'use client';

import { Card } from '@/components/ui/card';
import { AbsoluteTime } from '@/components/ui/absolute-time';
import { CopyButton } from '@/components/ui/copy-button';
import { Fact } from '@/components/ui/fact';
import { RelativeTime } from '@/components/ui/relative-time';
import type { SandboxResponse } from '@/lib/contract';
import { formatMemoryMib, formatVcpu } from '@/lib/format/resources';
import { formatDuration } from '@/lib/format/time';
import { lifetimeEnd } from '@/lib/sandbox/lifetime';
import { useTemplateName } from './use-template-name';
import { LifetimeCountdown } from '../lifetime-countdown';

function Lifetime({ sandbox }: { sandbox: SandboxResponse }) {
  const end = lifetimeEnd(sandbox.created_at, sandbox.timeout_seconds);
  if (!end || typeof sandbox.timeout_seconds !== 'number') {
    return (
      <>
        <span className="block">No limit</span>
        <span className="text-fg-subtle block text-xs">Runs until deleted</span>
      </>
    );
  }
  return (
    <>
      <LifetimeCountdown
        createdAt={sandbox.created_at}
        timeoutSeconds={sandbox.timeout_seconds}
        className="block font-medium"
      />
      <span className="text-fg-subtle block text-xs">
        {formatDuration(sandbox.timeout_seconds)} cap · ends <AbsoluteTime value={end} />
      </span>
    </>
  );
}

/**
 * The sandbox's own fields at a glance, right under its name: template, resources, lifetime, creation time and
 * snapshot. A strip rather than a side card, so the console and the editors below get the full width.
 */
export function SandboxOverview({ sandbox }: { sandbox: SandboxResponse }) {
  const template = useTemplateName(sandbox);
  return (
    <Card aria-labelledby="overview-heading" className="mb-6">
      <h2 id="overview-heading" className="sr-only">
        Details
      </h2>
      <dl className="divide-line grid grid-cols-2 divide-y sm:grid-cols-3 sm:divide-y-0 lg:grid-cols-[1.5fr_0.7fr_0.7fr_1.5fr_1.3fr_1.3fr] lg:divide-x">
        <Fact label="Template">
          {template ? (
            <span className="block font-medium break-words" title={template.label}>
              {template.label}
            </span>
          ) : (
            <span className="text-fg-muted">Not reported</span>
          )}
        </Fact>
        <Fact label="vCPU">{formatVcpu(sandbox.vcpu_count)}</Fact>
        <Fact label="Memory">{formatMemoryMib(sandbox.memory_mib)}</Fact>
        <Fact label="Lifetime">
          <Lifetime sandbox={sandbox} />
        </Fact>
        <Fact label="Created">
          <RelativeTime value={sandbox.created_at} className="block" />
          <AbsoluteTime value={sandbox.created_at} className="text-fg-subtle block text-xs" />
        </Fact>
        <Fact label="Snapshot">
          {sandbox.snapshot_id ? (
            <span className="flex items-center gap-1">
              <code className="truncate font-mono text-xs" title={sandbox.snapshot_id}>
                {sandbox.snapshot_id}
              </code>
              <CopyButton value={sandbox.snapshot_id} label="Copy snapshot id" />
            </span>
          ) : (
            <span className="text-fg-muted block text-xs leading-5">None yet — taken at the first pause</span>
          )}
        </Fact>
      </dl>
    </Card>
  );
}
