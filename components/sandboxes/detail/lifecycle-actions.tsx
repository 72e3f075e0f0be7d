'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { PauseIcon, PlayIcon, TrashIcon } from '@/components/ui/icons';
import { Spinner } from '@/components/ui/spinner';
import { usePauseSandbox, useResumeSandbox } from '@/lib/client/sandbox-actions';
import type { SandboxResponse } from '@/lib/contract';
import {
  LIFECYCLE_WORDS,
  describeActionFailure,
  waitingLabel,
  type ActionFailure,
} from '@/lib/sandbox/actions';
import { LazyDeleteSandboxDialog, preloadDeleteSandboxDialog } from '../lazy-delete-sandbox-dialog';
import { useSandboxAccess } from '../use-sandbox-access';

/** Pause and resume, with the latest attempt's error in words (a new attempt, or the other action, clears it). */
export function useLifecycleActions(status: string) {
  const pause = usePauseSandbox();
  const resume = useResumeSandbox();
  let error: ActionFailure | undefined;
  if (pause.error) error = describeActionFailure('pause', pause.error, status);
  else if (resume.error) error = describeActionFailure('resume', resume.error, status);
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
 * The header's buttons, as the state and the role allow (lib/sandbox/actions): pause when active, resume when
 * paused, only a waiting indicator while it changes state; delete always. A role that can't change sandboxes gets
 * none of them (the console card says why). Their error is shown by the header, right below them.
 */
export function LifecycleButtons({
  sandbox,
  actions,
}: {
  sandbox: SandboxResponse;
  actions: LifecycleActionsState;
}) {
  const router = useRouter();
  const [deleting, setDeleting] = useState(false);
  const { access } = useSandboxAccess();
  const { id, status } = sandbox;
  const ready = (action: 'pause' | 'resume' | 'delete') => access(action, status).kind === 'ready';
  const waiting = waitingLabel(status);
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
      {ready('pause') ? (
        <Button variant="secondary" loading={actions.pausing} onClick={() => actions.pause(id)}>
          {actions.pausing ? null : <PauseIcon />}
          {LIFECYCLE_WORDS.pause.verb}
        </Button>
      ) : null}
      {ready('resume') ? (
        <Button loading={actions.resuming} onClick={() => actions.resume(id)}>
          {actions.resuming ? null : <PlayIcon />}
          {LIFECYCLE_WORDS.resume.verb}
        </Button>
      ) : null}
      {ready('delete') ? (
        <Button
          variant="secondary"
          className="text-danger-text"
          onClick={() => setDeleting(true)}
          onPointerEnter={preloadDeleteSandboxDialog}
          onFocus={preloadDeleteSandboxDialog}
        >
          <TrashIcon />
          {LIFECYCLE_WORDS.delete.verb}
        </Button>
      ) : null}
      <LazyDeleteSandboxDialog
        target={deleting ? sandbox : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => router.push('/sandboxes')}
      />
    </div>
  );
}
