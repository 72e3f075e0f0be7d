'use client';

import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage, isApiError } from '@/lib/client/api-error';
import { usePauseSandbox, useResumeSandbox } from '@/lib/client/sandbox-actions';
import type { SandboxResponse } from '@/lib/contract';
import { actionErrorTitle, describeActionError } from '@/lib/sandbox/action-errors';
import { DeleteSandboxDialog } from './delete-sandbox-dialog';
import { PauseIcon, PlayIcon } from '@/components/ui/icons';

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

/** Pause and resume, with the latest attempt's error in words (a new attempt, or the other action, clears it). */
export function useLifecycleActions(status: string) {
  const pause = usePauseSandbox();
  const resume = useResumeSandbox();
  const error = toActionError('pause', pause.error, status) ?? toActionError('resume', resume.error, status);
  return {
    error,
    pausing: pause.isPending,
    resuming: resume.isPending,
    pause: (id: string) => {
      resume.reset();
      pause.mutate(id);
    },
    resume: (id: string) => {
      pause.reset();
      resume.mutate(id);
    },
  };
}

export type LifecycleActionsState = ReturnType<typeof useLifecycleActions>;

/**
 * The header's buttons, as the state allows: pause when active, resume when paused, only a waiting indicator
 * while it changes state; delete always. Their error is shown by the header, right below them.
 */
export function LifecycleButtons({
  sandbox,
  actions,
}: {
  sandbox: SandboxResponse;
  actions: LifecycleActionsState;
}) {
  const { id, name, status } = sandbox;
  const waiting = WAITING[status];
  return (
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
        <Button variant="secondary" loading={actions.pausing} onClick={() => actions.pause(id)}>
          {actions.pausing ? null : <PauseIcon />}
          Pause
        </Button>
      ) : null}
      {status === 'paused' ? (
        <Button loading={actions.resuming} onClick={() => actions.resume(id)}>
          {actions.resuming ? null : <PlayIcon />}
          Resume
        </Button>
      ) : null}
      <DeleteSandboxDialog id={id} name={name} status={status} />
    </div>
  );
}
