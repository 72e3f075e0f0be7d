/**
 * What the template form says after a failed create: a banner that names what happened and what to do, and,
 * for a duplicate name (409), the message on the name field. Same shape as the sandbox form's banner
 * (lib/sandbox-form/submit-error.ts), with the template API's own cases: too_many_templates, too_many_builds.
 */
import type { ApiError } from '@/lib/client/api-error';
import { MAX_BUILDS_IN_FLIGHT, MAX_TEMPLATES_PER_TEAM } from '@/lib/contract/limits';
import { describeSubmitError, type SubmitBanner } from '@/lib/sandbox-form/submit-error';

type ErrorLike = Pick<ApiError, 'status' | 'code' | 'message' | 'fields' | 'retryAfter'>;

const KEPT = 'Your values are kept.';
const RETRY_IS_SAFE = 'Your values are kept, and trying again never creates a second template.';
const TEMPLATES_LINK = { href: '/templates', label: 'Open templates' };

export function describeTemplateSubmitError(error: ErrorLike): SubmitBanner {
  const { status, code, message } = error;
  if (status === 0) {
    return {
      title: 'The dashboard server could not be reached',
      action: `Check your connection, then create again. ${RETRY_IS_SAFE}`,
    };
  }
  if (status === 401 && code === 'unauthenticated') {
    return {
      title: 'Your session has ended',
      action: 'Sign in again to create the template: this page comes back with your values.',
      detail: message,
    };
  }
  if (status === 403 && code === 'forbidden') {
    return {
      title: 'You can’t create templates',
      action: `Your role may have changed since this page was opened. ${KEPT}`,
      detail: message,
    };
  }
  if (status === 404) {
    return {
      title: 'The API has no templates endpoint here',
      action: 'Ask whoever runs this dashboard to check which Superserve API it talks to.',
      detail: message,
    };
  }
  if (status === 409) {
    return {
      title: 'A template with this name already exists',
      action: 'Choose another name, then create again. Template names are unique within the team.',
      detail: message,
      field: { path: 'name', message: 'Your team already has a template with this name' },
    };
  }
  if (status === 413) {
    return {
      title: 'The request is too large',
      action: 'Shorten the longest steps or commands, then create again.',
    };
  }
  if (status === 429 && code === 'too_many_templates') {
    return {
      title: 'Your team has reached its template limit',
      action: `A team can have ${MAX_TEMPLATES_PER_TEAM} templates. Delete one you no longer need, then create again. ${KEPT}`,
      detail: message,
      link: TEMPLATES_LINK,
    };
  }
  if (status === 429 && code === 'too_many_builds') {
    return {
      title: 'Too many builds are running',
      action: `A team can run ${MAX_BUILDS_IN_FLIGHT} builds at once. Wait for one to finish (or cancel one), then create again. ${KEPT}`,
      detail: message,
      link: TEMPLATES_LINK,
    };
  }
  if (status === 504) {
    return {
      title: 'The API took too long to answer',
      action: `The template may or may not have been created. Create again to find out: ${RETRY_IS_SAFE.toLowerCase()}`,
    };
  }
  if (status === 502 || status === 503 || status >= 500) {
    return { ...describeSubmitError(error), action: `Try again in a moment. ${RETRY_IS_SAFE}` };
  }
  // 400 (fix the highlighted fields), 401/403 from the API (the server's key), 429 rate_limited: the same
  // words as the sandbox form, none of which name a sandbox.
  const { field: _sandboxField, linkToList: _sandboxLink, ...shared } = describeSubmitError(error);
  return shared;
}
