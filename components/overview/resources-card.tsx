'use client';

import { Card, CardHeader } from '@/components/ui/card';
import { formatMemoryMib } from '@/lib/format/resources';
import type { SandboxListItem } from '@/lib/contract';
import { resourcesInUse } from '@/lib/overview/resources';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-fg-muted text-xs font-medium">{label}</dt>
      <dd className="text-fg text-2xl font-semibold tracking-tight tabular-nums">{value}</dd>
    </div>
  );
}

/** The vCPUs and memory the active sandboxes hold; paused ones are snapshots and hold none. */
export function ResourcesCard({ sandboxes }: { sandboxes: readonly SandboxListItem[] }) {
  const used = resourcesInUse(sandboxes);
  return (
    <Card aria-labelledby="resources-heading">
      <CardHeader
        id="resources-heading"
        title="Resources in use"
        description={
          used.sandboxes === 1
            ? 'Held by the 1 active sandbox.'
            : `Held by the ${used.sandboxes.toLocaleString('en-US')} active sandboxes.`
        }
      />
      <dl className="grid grid-cols-2 gap-4 px-5 py-4" data-testid="resources">
        <Stat label="vCPUs" value={used.vcpus.toLocaleString('en-US')} />
        <Stat label="Memory" value={formatMemoryMib(used.memoryMib)} />
      </dl>
    </Card>
  );
}
