'use client';

import { Card, CardHeader } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import type { SandboxResponse } from '@/lib/contract';
import { formatMemoryMib, formatVcpu } from '@/lib/format/resources';
import { formatDuration } from '@/lib/format/time';
import { formatAbsoluteTime, lifetimeEnd } from '@/lib/lifetime';
import { DetailItem, DetailList } from './detail-list';
import { statusLook } from './status-badge';

function Lifetime({ sandbox }: { sandbox: SandboxResponse }) {
  const end = lifetimeEnd(sandbox.created_at, sandbox.timeout_seconds);
  if (!end || typeof sandbox.timeout_seconds !== 'number') {
    return <span className="text-fg-muted">No limit</span>;
  }
  const endIso = end.toISOString();
  return (
    <>
      <span className="block">
        {formatDuration(sandbox.timeout_seconds)} cap · ends <RelativeTime value={endIso} />
      </span>
      <span className="text-fg-muted block text-xs">{formatAbsoluteTime(endIso)}</span>
    </>
  );
}

/** The sandbox's own fields: state, resources, timing and snapshot. */
export function SandboxOverview({ sandbox }: { sandbox: SandboxResponse }) {
  return (
    <Card aria-labelledby="overview-heading">
      <CardHeader id="overview-heading" title="Details" />
      <DetailList>
        <DetailItem label="Status">
          <span className="block">{statusLook(sandbox.status).label}</span>
          <span className="text-fg-muted block text-xs">{statusLook(sandbox.status).hint}</span>
        </DetailItem>
        <DetailItem label="vCPU">{formatVcpu(sandbox.vcpu_count)}</DetailItem>
        <DetailItem label="Memory">{formatMemoryMib(sandbox.memory_mib)}</DetailItem>
        <DetailItem label="Created">
          <span className="block">{formatAbsoluteTime(sandbox.created_at)}</span>
          <RelativeTime value={sandbox.created_at} className="text-fg-muted block text-xs" />
        </DetailItem>
        <DetailItem label="Lifetime">
          <Lifetime sandbox={sandbox} />
        </DetailItem>
        <DetailItem label="Snapshot">
          {sandbox.snapshot_id ? (
            <code className="font-mono text-xs break-all">{sandbox.snapshot_id}</code>
          ) : (
            <span className="text-fg-muted">None yet — taken at the first pause</span>
          )}
        </DetailItem>
      </DetailList>
    </Card>
  );
}
