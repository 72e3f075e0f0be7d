/**
 * One model of what can be done to a sandbox: for each action, which states the API accepts it from, which role
 * it needs, its words, and how its failure reads. The list's row menu, bulk actions, the detail page and (later)
 * the command palette all ask this module, so they never disagree. Pure, and free of zod and React, so the list's
 * bundle stays lean: statuses come from the contract's zod-free file, not its index.
 */
import { type Action, can, forbiddenMessage } from '@/lib/access/permissions';
import { errorMessage, isApiError } from '@/lib/client/api-error';
import { isKnownSandboxStatus, type SandboxStatus } from '@/lib/contract/statuses';

/** Every action, in the order a menu or the command palette lists them. */
export const SANDBOX_ACTIONS = ['pause', 'resume', 'delete', 'metadata', 'network', 'exec'] as const;
export type SandboxAction = (typeof SANDBOX_ACTIONS)[number];

/** The actions that change a sandbox's lifecycle: the row menu, the header's buttons and bulk actions. */
export const LIFECYCLE_ACTIONS = ['pause', 'resume', 'delete'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** How a failed action reads, next to the control that failed: a heading and a sentence or two. */
export type ActionFailure = { title: string; detail: string };

/**
 * The states an action is accepted from. `only` lists them, so a state this version does not know is refused;
 * `except` lists the refused ones, so an unknown state is left for the API to judge.
 */
type Allowed = { only: readonly SandboxStatus[] } | { except: readonly SandboxStatus[] };

const ALLOWED: Record<SandboxAction, Allowed> = {
  pause: { only: ['active'] },
  resume: { only: ['paused'] },
  delete: { except: [] },
  metadata: { except: [] },
  // The API changes network rules only on an active sandbox (409 otherwise).
  network: { only: ['active'] },
  // Exec resumes a paused sandbox first and waits for one that is resuming.
  exec: { except: ['starting', 'pausing', 'failed'] },
};

/** True when the API accepts the action from this state. */
export function canRun(action: SandboxAction, status: string): boolean {
  const allowed = ALLOWED[action];
  if ('only' in allowed) return (allowed.only as readonly string[]).includes(status);
  return !(allowed.except as readonly string[]).includes(status);
}

/** The permission each action needs, in the table the proxy enforces (lib/access/permissions). */
export const ACTION_PERMISSION: Record<SandboxAction, Action> = {
  pause: 'sandbox.pause',
  resume: 'sandbox.resume',
  delete: 'sandbox.delete',
  metadata: 'sandbox.update',
  network: 'sandbox.update',
  exec: 'sandbox.exec',
};

/** True when the role may take the action at all, whatever the sandbox's state. */
export function roleAllows(role: string | null | undefined, action: SandboxAction): boolean {
  return can(role, ACTION_PERMISSION[action]);
}

/**
 * Whether a control for `action` belongs on screen, for this person and this sandbox:
 * - `ready`: shown and usable;
 * - `forbidden`: the role can't, whatever the state: hidden, or disabled with `reason` where a gap would puzzle;
 * - `unavailable`: the role could, the state doesn't allow it now: hidden or explained as the state's own notice.
 * The role is asked first: a viewer is never told to "resume the sandbox first" for something they can't do.
 */
export type ActionAccess =
  { kind: 'ready' } | { kind: 'forbidden'; reason: string } | { kind: 'unavailable' };

export function actionAccess(
  role: string | null | undefined,
  action: SandboxAction,
  status: string,
): ActionAccess {
  const permission = ACTION_PERMISSION[action];
  if (!can(role, permission)) return { kind: 'forbidden', reason: forbiddenMessage(role, permission) };
  return canRun(action, status) ? { kind: 'ready' } : { kind: 'unavailable' };
}

/** What can be done to a sandbox in this state, in SANDBOX_ACTIONS' order. */
export function allowedActions(status: string): SandboxAction[] {
  return SANDBOX_ACTIONS.filter((action) => canRun(action, status));
}

type LifecycleWords = {
  /** Button and menu label: "Pause". */
  verb: string;
  /** While running: "Pausing". */
  doing: string;
  /** Per sandbox, once done: "paused". */
  done: string;
  /** Why a selected sandbox is left out of a bulk run. */
  skipReason: string;
};

export const LIFECYCLE_WORDS: Record<LifecycleAction, LifecycleWords> = {
  pause: { verb: 'Pause', doing: 'Pausing', done: 'paused', skipReason: 'not active' },
  resume: { verb: 'Resume', doing: 'Resuming', done: 'resumed', skipReason: 'not paused' },
  delete: { verb: 'Delete', doing: 'Deleting', done: 'deleted', skipReason: '' },
};

const WAITING: Partial<Record<string, string>> = {
  starting: 'Starting…',
  pausing: 'Pausing…',
  resuming: 'Resuming…',
};

/** While a sandbox moves between states there is nothing to do but wait: "Pausing…"; undefined when settled. */
export function waitingLabel(status: string): string | undefined {
  return WAITING[status];
}

const TITLES: Record<Exclude<SandboxAction, LifecycleAction>, string> = {
  metadata: 'Metadata not saved',
  network: 'Network rules not saved',
  exec: 'The command didn’t run',
};

/** The heading of an action's failure; a lifecycle action names the sandbox when given ("Couldn’t pause web"). */
export function failureTitle(action: SandboxAction, name = 'the sandbox'): string {
  if (action === 'pause' || action === 'resume' || action === 'delete') return `Couldn’t ${action} ${name}`;
  return TITLES[action];
}

/**
 * The sandbox's state in a 409's explanation: "It is paused now."; a state this version does not know is quoted
 * as the API sent it. A state that would have allowed the action is a stale copy (the list row, or the page
 * before its refetch), so the sentence says what must have changed instead.
 */
function stateNow(action: SandboxAction, status: string | undefined): string {
  if (!status) return '';
  if (canRun(action, status)) {
    const allowed = ALLOWED[action];
    return 'only' in allowed && allowed.only.length === 1 ? ` It is no longer ${allowed.only[0]}.` : '';
  }
  return isKnownSandboxStatus(status) ? ` It is ${status} now.` : ` Its state is “${status}”.`;
}

function conflictDetail(action: SandboxAction, status: string | undefined): string {
  const now = stateNow(action, status);
  switch (action) {
    case 'pause':
      return `Only an active sandbox can be paused.${now} The page shows its current state.`;
    case 'resume':
      return `Only a paused sandbox can be resumed.${now} The page shows its current state.`;
    case 'network':
      return (
        'The API changes network rules only while the sandbox is active, and refuses while it is paused or ' +
        `changing state.${now} Nothing was saved, metadata included. Resume it, then save again — ` +
        'your edits are kept.'
      );
    case 'exec':
      return `Commands run only on an active or paused sandbox.${now} Wait until it settles, then run again.`;
    default:
      return `The sandbox is not in a state that allows this.${now} Wait a moment and try again.`;
  }
}

/**
 * A 403 from the dashboard itself (`forbidden`) already says who can't do what and whom to ask; the page was
 * drawn for the role the person had when it opened, so the role has changed since. Any other 403 is the API's.
 */
function forbiddenDetail(code: string, message: string): string {
  if (code === 'forbidden') {
    return `${message} Your role may have changed since this page was opened: reload it to see what you can do.`;
  }
  return `The API refused it: ${message}`;
}

/**
 * How any failure of an action reads: an API answer is explained by its status (409: which state the action needs
 * and which it is in; 403: the role's limit, in the server's words; 404: gone; 429: when to retry…), anything
 * else (a bug, an aborted stream) by its message.
 * A list names the sandbox in its own heading (`failureTitle(action, name)`) and shows the detail under it.
 *
 * @param status the sandbox's state as the caller knows it, so a 409 can name the state that caused it. The
 *   detail page refetches after every failure, so there it is the fresh state.
 */
export function describeActionFailure(action: SandboxAction, error: unknown, status?: string): ActionFailure {
  const title = failureTitle(action);
  if (!isApiError(error)) return { title, detail: errorMessage(error) };
  if (error.status === 409) return { title, detail: conflictDetail(action, status) };
  if (error.status === 403) return { title, detail: forbiddenDetail(error.code, error.message) };
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
