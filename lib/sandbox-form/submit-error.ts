/**
 * What the create form says after a failed submit: a banner that names what happened and what to do, and,
 * where the API's answer is about one field (template not found / not ready), the field to mark.
 * Pure, so each status and code has a test.
 */
import type { ApiError } from '@/lib/client/api-error';

export type SubmitBanner = {
  title: string;
  /** What to do next, in one or two sentences. */
  action: string;
  /** The API's own message, when it adds something. */
  detail?: string;
  /** Seconds until a retry makes sense (429 rate_limited). */
  retryAfter?: number;
  /** Offer a link to the sandbox list (to delete sandboxes at the cap). */
  linkToList?: boolean;
  /** Offer a link elsewhere, e.g. the template list (to delete a template at the cap). */
  link?: { href: string; label: string };
  /** A field that the error is about, in form paths. */
  field?: { path: 'template' | 'name'; message: string };
};

type ErrorLike = Pick<ApiError, 'status' | 'code' | 'message' | 'fields' | 'retryAfter'>;

const RETRY_IS_SAFE = 'Your values are kept, and trying again never creates a second sandbox.';

export function describeSubmitError(error: ErrorLike): SubmitBanner {
  const { status, code, message } = error;
  if (status === 0) {
    return {
      title: 'The dashboard server could not be reached',
      action: `Check your connection, then create again. ${RETRY_IS_SAFE}`,
    };
  }
  if (status === 400) {
    return {
      title: 'Some values were not accepted',
      action: 'Fix the highlighted fields, then create again.',
      detail: message,
    };
  }
  // The dashboard's own refusals: the person's session or role, not the server's key.
  if (status === 401 && code === 'unauthenticated') {
    return {
      title: 'Your session has ended',
      action:
        'Sign in again to create the sandbox: this page comes back with your values, except env var values.',
      detail: message,
    };
  }
  if (status === 403 && code === 'forbidden') {
    return {
      title: 'You can’t create sandboxes',
      action: 'Your role may have changed since this page was opened. Your values are kept in this tab.',
      detail: message,
    };
  }
  if (status === 401 || status === 403) {
    return {
      title: 'The API refused the dashboard’s key',
      action: 'Ask whoever runs this dashboard to check SUPERSERVE_API_KEY on the server.',
      detail: message,
    };
  }
  if (status === 404) {
    return {
      title: 'Template not found',
      action:
        'Choose a template from the list, or check the name or id you typed (names are case-sensitive).',
      field: { path: 'template', message: 'No template has this name or id' },
    };
  }
  if (status === 409) {
    const notReady = /not ready/i.test(message);
    return {
      title: notReady ? 'The template is not ready yet' : 'The API refused the request (conflict)',
      action: notReady
        ? 'Wait until its build has finished, or choose a ready template.'
        : 'Check the values below and try again.',
      detail: message,
      field: notReady ? { path: 'template', message: 'This template is not ready' } : undefined,
    };
  }
  if (status === 413) {
    return {
      title: 'The request is too large',
      action: 'Shorten the longest metadata or environment variable values, then create again.',
    };
  }
  if (status === 429 && code === 'too_many_sandboxes') {
    return {
      title: 'Your team has reached its sandbox limit',
      action:
        'Delete sandboxes you no longer need (paused ones count too), then create again. Your values are kept.',
      detail: message,
      linkToList: true,
    };
  }
  if (status === 429) {
    const wait = error.retryAfter;
    return {
      title: 'Too many requests',
      action:
        wait !== undefined
          ? `The API asked to wait ${wait} second${wait === 1 ? '' : 's'}. Your values are kept; create again then.`
          : 'Wait a few seconds, then create again. Your values are kept.',
      retryAfter: wait,
    };
  }
  if (status === 504) {
    return {
      title: 'The API took too long to answer',
      action: `The sandbox may or may not have been created. Create again to find out: ${RETRY_IS_SAFE.toLowerCase()}`,
    };
  }
  if (status === 502 || status === 503) {
    return {
      title: status === 502 ? 'The Superserve API could not be reached' : 'The Superserve API is unavailable',
      action: `Try again in a moment. ${RETRY_IS_SAFE}`,
      detail: message,
    };
  }
  if (status >= 500) {
    return {
      title: 'Something went wrong on the server',
      action: `Try again in a moment. ${RETRY_IS_SAFE}`,
      detail: message,
    };
  }
  return {
    title: `The request failed (${status})`,
    action: 'Check the values and try again.',
    detail: message,
  };
}
