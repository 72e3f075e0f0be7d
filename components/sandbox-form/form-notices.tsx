'use client';

import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useTimeZone } from '@/lib/client/time-zone';
import { formatTimeOfDay } from '@/lib/format/time';

export type FormOrigin =
  | { kind: 'fresh' }
  | { kind: 'draft'; savedAt: number; droppedEnvVars: number }
  | { kind: 'clone'; sourceId: string; sourceName: string; templateKnown: boolean }
  | { kind: 'import' };

type FormNoticesProps = {
  origin: FormOrigin;
  onDiscardDraft: () => void;
  onDismiss: () => void;
};

/** Where the form's values came from: a restored draft, a clone, an import. */
export function FormNotices({ origin, onDiscardDraft, onDismiss }: FormNoticesProps) {
  // A draft is read from sessionStorage, so only ever restored in the browser: the zone is known by then.
  const { timeZone } = useTimeZone();
  if (origin.kind === 'fresh') return null;
  return (
    <div className="mb-5" data-testid="form-notice">
      {origin.kind === 'draft' ? (
        <Alert
          tone="info"
          title={`Restored your unsaved draft from ${formatTimeOfDay(origin.savedAt, { timeZone })}`}
          action={
            <Button variant="secondary" size="sm" onClick={onDiscardDraft}>
              Discard draft
            </Button>
          }
        >
          {origin.droppedEnvVars > 0
            ? `Environment variables are never kept in drafts: add the ${origin.droppedEnvVars === 1 ? 'variable' : `${origin.droppedEnvVars} variables`} again.`
            : 'Drafts stay in this browser tab only, and never include environment variables.'}
        </Alert>
      ) : origin.kind === 'clone' ? (
        <Alert tone="info" title={`Cloning ${origin.sourceName}`}>
          {origin.templateKnown ? 'Name, template, lifetime' : 'Name, lifetime'}, metadata and network are
          copied from{' '}
          <Link
            href={`/sandboxes/${origin.sourceId}`}
            className="text-accent-text underline underline-offset-2"
          >
            {origin.sourceName}
          </Link>
          . Environment variables cannot be read back from the API, so add them again if it needs them.
          {origin.templateKnown
            ? null
            : ' The API does not say which template a sandbox was created from, so check the template below.'}
        </Alert>
      ) : (
        <Alert
          tone="success"
          title="Filled from the imported request"
          action={
            <Button variant="ghost" size="sm" onClick={onDismiss}>
              Dismiss
            </Button>
          }
        >
          Review the values, then create. Nothing has been sent yet.
        </Alert>
      )}
    </div>
  );
}
