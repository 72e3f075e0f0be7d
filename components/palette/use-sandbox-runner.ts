'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { writeClipboard } from '@/components/ui/copy-button';
import { toast } from '@/components/ui/toast';
import { forgetRecentSandbox } from '@/lib/client/recent-sandboxes';
import { usePauseSandbox, useResumeSandbox } from '@/lib/client/sandbox-actions';
import { CONSOLE_COMMAND_ID } from '@/lib/detail/console-target';
import { LIFECYCLE_WORDS, describeActionFailure, failureTitle } from '@/lib/sandbox/actions';
import type { DeleteTarget } from '@/components/sandboxes/delete-sandbox-dialog';

type Target = DeleteTarget;

/** The console loads after the page's first paint: wait for its command field a little while. */
function focusConsole(deadline = performance.now() + 3_000): void {
  const field = document.getElementById(CONSOLE_COMMAND_ID);
  if (field instanceof HTMLElement) {
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
    return;
  }
  if (performance.now() < deadline) requestAnimationFrame(() => focusConsole(deadline));
  else
    toast({
      tone: 'error',
      title: 'The console isn’t on this page yet',
      description: 'Reload and try again.',
    });
}

/**
 * Runs the palette's commands for one sandbox with the detail page's own mutations (lib/client/sandbox-actions),
 * so the page, the list and the palette agree. The palette has closed by then, so an outcome is a toast (the
 * page's status badge shows the new state too); a delete goes through the one delete dialog, which asks for the
 * name as everywhere else.
 */
export function useSandboxRunner() {
  const router = useRouter();
  const pause = usePauseSandbox();
  const resume = useResumeSandbox();
  const [deleting, setDeleting] = useState<Target | null>(null);

  async function lifecycle(action: 'pause' | 'resume', sandbox: Target) {
    const mutation = action === 'pause' ? pause : resume;
    try {
      await mutation.mutateAsync(sandbox.id);
      const done = LIFECYCLE_WORDS[action].done;
      toast({ tone: 'success', title: `${done.charAt(0).toUpperCase()}${done.slice(1)} ${sandbox.name}` });
    } catch (error) {
      const failure = describeActionFailure(action, error, sandbox.status);
      toast({ tone: 'error', title: failureTitle(action, sandbox.name), description: failure.detail });
    }
  }

  async function copyId(sandbox: Target) {
    try {
      await writeClipboard(sandbox.id);
      toast({ tone: 'success', title: `Copied the id of ${sandbox.name}`, description: sandbox.id });
    } catch {
      toast({
        tone: 'error',
        title: 'Couldn’t copy the id',
        description: `The browser refused the clipboard. The id is ${sandbox.id}.`,
      });
    }
  }

  return {
    pause: (sandbox: Target) => void lifecycle('pause', sandbox),
    resume: (sandbox: Target) => void lifecycle('resume', sandbox),
    askToDelete: setDeleting,
    openConsole: () => focusConsole(),
    copyId: (sandbox: Target) => void copyId(sandbox),
    /** For the delete dialog the palette renders. */
    deleting,
    closeDelete: () => setDeleting(null),
    afterDelete: (id: string) => {
      forgetRecentSandbox(id);
      router.push('/sandboxes');
    },
  };
}

export type SandboxRunner = ReturnType<typeof useSandboxRunner>;
