'use client';

import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useTimeZone } from '@/lib/client/time-zone';
import { formatTimeOfDay } from '@/lib/format/time';

export type TemplateFormOrigin =
  | { kind: 'fresh' }
  | { kind: 'draft'; savedAt: number }
  | { kind: 'clone'; sourceId: string; sourceName: string; specKnown: boolean; skippedSteps: number }
  | { kind: 'import'; steps: number; unmapped: number };

type Props = {
  origin: TemplateFormOrigin;
  onDiscardDraft: () => void;
  onDismiss: () => void;
};

/** Where the form's values came from: a restored draft, a clone, an imported Dockerfile. */
export function TemplateFormNotices({ origin, onDiscardDraft, onDismiss }: Props) {
  // A draft is read from sessionStorage, so only ever restored in the browser: the zone is known by then.
  const { timeZone } = useTimeZone();
  if (origin.kind === 'fresh') return null;
  const dismiss = (
    <Button variant="ghost" size="sm" onClick={onDismiss}>
      Dismiss
    </Button>
  );
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
          Drafts stay in this browser tab only.
        </Alert>
      ) : origin.kind === 'clone' ? (
        <Alert tone="info" title={`Cloning ${origin.sourceName}`} action={dismiss}>
          {origin.specKnown
            ? 'Resources, base image, steps and commands are copied from '
            : 'Resources are copied from '}
          <Link
            href={`/templates/${encodeURIComponent(origin.sourceId)}`}
            className="text-accent-text underline underline-offset-2"
          >
            {origin.sourceName}
          </Link>
          . Give the copy its own name.
          {origin.specKnown
            ? null
            : ' The API does not say how this template was built, so choose a base image and add the steps.'}
          {origin.skippedSteps > 0
            ? ` ${origin.skippedSteps} of its steps are not build steps this version knows, so they were left out.`
            : null}
        </Alert>
      ) : (
        <Alert tone="success" title="Filled from the imported Dockerfile" action={dismiss}>
          The base image and {origin.steps} step{origin.steps === 1 ? '' : 's'} were imported
          {origin.unmapped > 0
            ? `; ${origin.unmapped} instruction${origin.unmapped === 1 ? ' was' : 's were'} not (listed in the import)`
            : ''}
          . Review them, then create. Nothing has been sent yet.
        </Alert>
      )}
    </div>
  );
}
