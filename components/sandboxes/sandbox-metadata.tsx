import type { ReactNode } from 'react';
import { Card, CardHeader } from '@/components/ui/card';

type SandboxMetadataProps = {
  metadata: Record<string, string> | null | undefined;
  /** An "Edit" button, when editing is available. */
  actions?: ReactNode;
};

/** The sandbox's metadata: string labels the team uses to find and group sandboxes. */
export function SandboxMetadata({ metadata, actions }: SandboxMetadataProps) {
  const entries = Object.entries(metadata ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Card aria-labelledby="metadata-heading">
      <CardHeader
        id="metadata-heading"
        title="Metadata"
        description="Labels for finding and grouping sandboxes, e.g. filter the list by env=prod."
        actions={actions}
      />
      {entries.length === 0 ? (
        <p className="text-fg-muted px-5 py-6 text-sm">No metadata on this sandbox.</p>
      ) : (
        <dl className="divide-line divide-y">
          {entries.map(([key, value]) => (
            <div key={key} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-4 px-5 py-2.5">
              <dt className="text-fg-muted truncate font-mono text-xs leading-5" title={key}>
                {key}
              </dt>
              <dd className="text-fg font-mono text-xs leading-5 break-all">
                {value === '' ? <span className="text-fg-subtle italic">empty</span> : value}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
