'use client';

import dynamic from 'next/dynamic';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { LazyPlaceholder } from '@/components/ui/lazy-placeholder';
import type { SandboxResponse } from '@/lib/contract';
import { PencilIcon } from '@/components/ui/icons';
import { useSandboxAccess } from '../use-sandbox-access';
import { SavedNote } from './saved-note';
import { useEditMode } from './use-edit-mode';

// The editor (react-hook-form and zod) loads when Edit is pressed: most visits only read the metadata.
const MetadataEditor = dynamic(() => import('./metadata-editor').then((m) => m.MetadataEditor), {
  loading: () => <LazyPlaceholder label="Loading the metadata editor…" />,
});

function MetadataView({ metadata }: { metadata: Record<string, string> }) {
  const entries = Object.entries(metadata).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) {
    return <p className="text-fg-muted px-5 py-6 text-sm">No metadata on this sandbox.</p>;
  }
  return (
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
  );
}

/**
 * The sandbox's metadata: string labels the team uses to find and group sandboxes. Editable in any state, by a
 * role that may edit sandboxes; for the others it is a read-only list.
 */
export function SandboxMetadata({
  sandbox,
}: {
  sandbox: Pick<SandboxResponse, 'id' | 'status' | 'metadata'>;
}) {
  const { editing, savedAt, editButton, start, done } = useEditMode();
  const editable = useSandboxAccess().access('metadata', sandbox.status).kind === 'ready';
  return (
    <Card aria-labelledby="metadata-heading">
      <CardHeader
        id="metadata-heading"
        title="Metadata"
        // Long descriptions wrap beside the Edit button instead of pushing it to a line of its own.
        className="flex-nowrap!"
        description="Labels for finding and grouping sandboxes, e.g. filter the list by env=prod."
        actions={
          editing || !editable ? null : (
            <>
              <SavedNote key={savedAt} savedAt={savedAt} />
              <Button ref={editButton} variant="secondary" size="sm" onClick={start}>
                <PencilIcon />
                Edit
                <span className="sr-only"> metadata</span>
              </Button>
            </>
          )
        }
      />
      {editing && editable ? (
        <MetadataEditor
          sandboxId={sandbox.id}
          status={sandbox.status}
          metadata={sandbox.metadata}
          onDone={done}
        />
      ) : (
        <MetadataView metadata={sandbox.metadata} />
      )}
    </Card>
  );
}
