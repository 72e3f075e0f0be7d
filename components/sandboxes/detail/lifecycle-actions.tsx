'use client';

import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage, isApiError } from '@/lib/client/api-error';
import { usePauseSandbox, useResumeSandbox } from '@/lib/client/sandbox-actions';
import type { SandboxResponse } from '@/lib/contract';
import { actionErrorTitle, describeActionError } from '@/lib/sandbox-action-errors';
import { ActionError } from './action-error';
import { DeleteSandboxDialog } from './delete-sandbox-dialog';
import { PauseIcon, PlayIcon } from './detail-icons';

/** While the sandbox moves between states, there is nothing to do but wait. */
const WAITING: Record<string, string> = {
  starting: 'Starting…',
  pausing: 'Pausing…',
  resuming: 'Resuming…',
};

function toActionError(action: 'pause' | 'resume', error: Error | null, status: string) {
  if (!error) return undefined;
  if (isApiError(error)) return describeActionError(action, error, status);
  return { title: actionErrorTitle(action), detail: errorMessage(error) };
}

/**
 * The header's actions, as the state allows: pause when active, resume when paused, only a waiting indicator
 * while it changes state; delete always. Errors show right below the buttons.
 */
export function LifecycleActions({ sandbox }: { sandbox: SandboxResponse }) {
  const pause = usePauseSandbox();
  const resume = useResumeSandbox();
  const { id, name, status } = sandbox;
  // The latest attempt's error only; a new attempt (or the other action) clears it.
  const error = toActionError('pause', pause.error, status) ?? toActionError('resume', resume.error, status);
  const waiting = WAITING[status];

  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <div className="flex flex-wrap items-center gap-2">
        {waiting ? (
          <span
            role="status"
            className="border-line bg-surface text-fg-muted rounded-control inline-flex h-9 items-center gap-2 border px-3 text-sm"
          >
            <Spinner size="sm" />
            {waiting}
          </span>
        ) : null}
        {status === 'active' ? (
          <Button
            variant="secondary"
            loading={pause.isPending}
            onClick={() => {
              resume.reset();
              pause.mutate(id);
            }}
          >
            {pause.isPending ? null : <PauseIcon />}
            Pause
          </Button>
        ) : null}
        {status === 'paused' ? (
          <Button
            loading={resume.isPending}
            onClick={() => {
              pause.reset();
              resume.mutate(id);
            }}
          >
            {resume.isPending ? null : <PlayIcon />}
            Resume
          </Button>
        ) : null}
        <DeleteSandboxDialog id={id} name={name} status={status} />
      </div>
      <ActionError error={error} className="max-w-md" />
    </div>
  );
}
