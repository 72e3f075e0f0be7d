/**
 * What the detail page says, next to the control that failed, when an action on a sandbox is refused.
 * A 409 is explained in words — which state the action needs, which state the sandbox is in, what to do —
 * rather than echoing "conflict". Pure, so every action × status has a test.
 */
import { isKnownSandboxStatus } from '@/lib/contract';

export type SandboxAction = 'pause' | 'resume' | 'delete' | 'metadata' | 'network' | 'exec';

export type ActionError = { title: string; detail: string };

type ErrorLike = { status: number; code: string; message: string; retryAfter?: number };

const TITLES: Record<SandboxAction, string> = {
  pause: 'Couldn’t pause the sandbox',
  resume: 'Couldn’t resume the sandbox',
  delete: 'Couldn’t delete the sandbox',
  metadata: 'Metadata not saved',
  network: 'Network rules not saved',
  exec: 'The command didn’t run',
};

/** The heading of an action's error, also for failures that are not API answers. */
export function actionErrorTitle(action: SandboxAction): string {
  return TITLES[action];
}

/** "It is paused now."; a state this version does not know is quoted as the API sent it. */
function nowIs(status: string | undefined): string {
  if (!status) return '';
  return isKnownSandboxStatus(status) ? ` It is ${status} now.` : ` Its state is “${status}”.`;
}

function conflictDetail(action: SandboxAction, status: string | undefined): string {
  switch (action) {
    case 'pause':
      return `Only an active sandbox can be paused.${nowIs(status)} The page shows its current state.`;
    case 'resume':
      return `Only a paused sandbox can be resumed.${nowIs(status)} The page shows its current state.`;
    case 'network':
      return (
        'The API changes network rules only while the sandbox is active, and refuses while it is paused or ' +
        `changing state.${nowIs(status)} Nothing was saved, metadata included. Resume it, then save again — ` +
        'your edits are kept.'
      );
    case 'exec':
      return `Commands run only on an active or paused sandbox.${nowIs(status)} Wait until it settles, then run again.`;
    default:
      return `The sandbox is not in a state that allows this.${nowIs(status)} Wait a moment and try again.`;
  }
}

/**
 * @param status the sandbox's status as the page knows it after the failure (it refetches on every failure), so
 *   a 409 can name the state that caused it.
 */
export function describeActionError(action: SandboxAction, error: ErrorLike, status?: string): ActionError {
  const title = TITLES[action];
  if (error.status === 409) return { title, detail: conflictDetail(action, status) };
  if (error.status === 404) {
    return { title, detail: 'This sandbox no longer exists: it was deleted, or its lifetime ended.' };
  }
  if (error.status === 0) {
    return {
      title,
      detail: 'The dashboard server could not be reached. Check your connection and try again.',
    };
  }
  if (error.status === 400) {
    const fix =
      action === 'metadata' || action === 'network' ? ' Fix the highlighted rows and save again.' : '';
    return { title, detail: `The API did not accept it: ${error.message}${fix}` };
  }
  if (error.status === 429) {
    const wait = error.retryAfter;
    return {
      title,
      detail:
        wait !== undefined
          ? `Too many requests. The API asked to wait ${wait} second${wait === 1 ? '' : 's'}; try again then.`
          : 'Too many requests. Wait a few seconds and try again.',
    };
  }
  if (error.status === 410) {
    return {
      title,
      detail: 'The sandbox’s microVM is gone; the API marked it failed. Delete it and create a new one.',
    };
  }
  return { title, detail: `${error.message} Try again in a moment.` };
}
