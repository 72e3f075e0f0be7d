/**
 * How a failed template action reads, next to the control that failed: a heading and a sentence or two, by the
 * API's status. The delete's 409s get their own reading (`deleteConflict`), because the way forward differs:
 * sandboxes still use the template (delete them first: the dialog links to them) or a build is in flight
 * (cancel it first: the dialog offers to). Pure; branches on the status and the message's stable parts only.
 */
import { errorMessage, isApiError } from '@/lib/client/api-error';
import type { ActionFailure } from '@/lib/sandbox/actions';
import type { TemplateAction } from './actions';

export type { ActionFailure };

/** Why the API refused a delete with 409. `count` is absent when the message doesn't say how many. */
export type DeleteConflict =
  | { reason: 'in_use'; count?: number }
  | { reason: 'building' }
  | { reason: 'system' }
  | { reason: 'other'; message: string };

/**
 * Reads a delete's 409: "template has 2 sandbox(es) (active or paused) still referencing it…", "template has a
 * build in progress…", "System templates cannot be deleted". Undefined for anything but a 409.
 */
export function deleteConflict(error: unknown): DeleteConflict | undefined {
  if (!isApiError(error) || error.status !== 409) return undefined;
  const message = error.message;
  const inUse = /(\d+)\s+sandbox/i.exec(message);
  if (inUse?.[1] !== undefined) return { reason: 'in_use', count: Number(inUse[1]) };
  if (/sandbox/i.test(message) && /referenc|in use|used by/i.test(message)) return { reason: 'in_use' };
  if (/build/i.test(message) && /progress|in flight|running|pending/i.test(message)) {
    return { reason: 'building' };
  }
  if (/system/i.test(message)) return { reason: 'system' };
  return { reason: 'other', message };
}

const VERBS: Record<TemplateAction, string> = {
  launch: 'launch a sandbox from',
  rebuild: 'rebuild',
  cancel: 'cancel the build of',
  delete: 'delete',
};

/** "Couldn’t rebuild acme/web". */
export function templateFailureTitle(action: TemplateAction, name = 'the template'): string {
  return `Couldn’t ${VERBS[action]} ${name}`;
}

function sandboxes(count: number): string {
  return count === 1 ? '1 sandbox' : `${count.toLocaleString('en')} sandboxes`;
}

function conflictDetail(action: TemplateAction, error: unknown): string {
  if (action === 'delete') {
    const conflict = deleteConflict(error);
    switch (conflict?.reason) {
      case 'in_use':
        return conflict.count === undefined
          ? 'Sandboxes still use this template. Delete them first, then delete the template.'
          : `It is still used by ${sandboxes(conflict.count)}. Delete ${conflict.count === 1 ? 'it' : 'them'} first, then delete the template.`;
      case 'building':
        return 'A build is in flight. Cancel the build first, or wait for it to finish, then delete the template.';
      case 'system':
        return 'System templates are shared by every team and cannot be deleted.';
      default:
        break;
    }
  }
  if (action === 'rebuild') {
    return 'The API refused to start a build now. System templates cannot be rebuilt; otherwise reload to see its current state.';
  }
  if (action === 'launch') return 'Only a ready template can be launched. Wait until its build finishes.';
  return `The template is not in a state that allows this now: ${errorMessage(error)}`;
}

/**
 * Any failure of a template action in words. 409s by the action (see `deleteConflict`), 403 in the server's
 * words (a role may have changed since the page opened), 404 gone, 429 with when to retry, status 0 unreachable.
 */
export function describeTemplateActionFailure(
  action: TemplateAction,
  error: unknown,
  name?: string,
): ActionFailure {
  const title = templateFailureTitle(action, name);
  if (!isApiError(error)) return { title, detail: errorMessage(error) };
  switch (error.status) {
    case 409:
      return { title, detail: conflictDetail(action, error) };
    case 403:
      return {
        title,
        detail:
          error.code === 'forbidden'
            ? `${error.message} Your role may have changed since this page was opened: reload it to see what you can do.`
            : `The API refused it: ${error.message}`,
      };
    case 404:
      return {
        title,
        detail:
          action === 'cancel'
            ? 'That build or its template no longer exists.'
            : 'This template no longer exists: it was deleted.',
      };
    case 429: {
      const wait = error.retryAfter;
      const why =
        error.code === 'too_many_builds'
          ? 'The team already has the most builds in flight the API allows. Wait for one to finish.'
          : 'Too many requests.';
      return {
        title,
        detail:
          wait !== undefined
            ? `${why} The API asked to wait ${wait} second${wait === 1 ? '' : 's'}; try again then.`
            : `${why} Try again in a few seconds.`,
      };
    }
    case 0:
      return {
        title,
        detail: 'The dashboard server could not be reached. Check your connection and try again.',
      };
    default:
      return { title, detail: `${error.message} Try again in a moment.` };
  }
}
