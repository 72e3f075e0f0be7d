/**
 * One model of what can be done to a template: for each action, when the API accepts it, which permission it
 * needs and its words. The list's row menu and the template page's header both ask this module, so they never
 * disagree (as lib/sandbox/actions.ts does for sandboxes). Pure and free of zod and React.
 */
import { type Action, can, forbiddenMessage } from '@/lib/access/permissions';
import { TEMPLATE_RESERVED_PREFIX } from '@/lib/contract/limits';

/** Every action, in the order a menu lists them. */
export const TEMPLATE_ACTIONS = ['launch', 'rebuild', 'cancel', 'delete'] as const;
export type TemplateAction = (typeof TEMPLATE_ACTIONS)[number];

/** What the model needs of a template: the API's response has these, and more. */
export type TemplateFacts = { name: string; status: string };

/** `superserve/…` templates are curated and shared by every team: they can be launched, never changed. */
export function isSystemTemplate(template: Pick<TemplateFacts, 'name'>): boolean {
  return template.name.startsWith(TEMPLATE_RESERVED_PREFIX);
}

/** A template whose build is in flight (the API has no separate "queued" template state beyond `pending`). */
export function isBuilding(status: string): boolean {
  return status === 'pending' || status === 'building';
}

/**
 * When the API accepts each action. Launching needs a `ready` image (409 "template is not ready" otherwise).
 * Rebuild and delete need no build in flight: a rebuild would only hand back the running build, and delete
 * answers 409 while one runs. Cancel needs one. An unknown status allows only what needs no particular state,
 * which is nothing here: the page then shows the status and lets the user refresh.
 */
function stateAllows(action: TemplateAction, template: TemplateFacts): boolean {
  const { status } = template;
  if (action === 'launch') return status === 'ready';
  if (isSystemTemplate(template)) return false;
  if (action === 'cancel') return isBuilding(status);
  return status === 'ready' || status === 'failed';
}

export const TEMPLATE_ACTION_PERMISSION: Record<TemplateAction, Action> = {
  launch: 'sandbox.create',
  rebuild: 'template.build',
  cancel: 'template.cancel_build',
  delete: 'template.delete',
};

/** The words of each action: its button, and what it's doing while it runs. */
export const TEMPLATE_ACTION_WORDS: Record<TemplateAction, { label: string; busy: string }> = {
  launch: { label: 'Launch sandbox', busy: 'Opening…' },
  rebuild: { label: 'Rebuild', busy: 'Starting build…' },
  cancel: { label: 'Cancel build', busy: 'Cancelling…' },
  delete: { label: 'Delete', busy: 'Deleting…' },
};

/**
 * Whether a control for `action` belongs on screen: `ready` (shown, usable), `forbidden` (the role can't: hidden,
 * or disabled with `reason`), `unavailable` (the state doesn't allow it now: hidden). The state is asked first:
 * nobody can rebuild a system template, so a viewer is not told to ask for a role that would not help.
 */
export type TemplateActionAccess =
  { kind: 'ready' } | { kind: 'forbidden'; reason: string } | { kind: 'unavailable' };

export function templateActionAccess(
  role: string | null | undefined,
  action: TemplateAction,
  template: TemplateFacts,
): TemplateActionAccess {
  if (!stateAllows(action, template)) return { kind: 'unavailable' };
  const permission = TEMPLATE_ACTION_PERMISSION[action];
  if (!can(role, permission)) return { kind: 'forbidden', reason: forbiddenMessage(role, permission) };
  return { kind: 'ready' };
}

/** The actions to offer for this person and template, in menu order. */
export function availableTemplateActions(
  role: string | null | undefined,
  template: TemplateFacts,
): TemplateAction[] {
  return TEMPLATE_ACTIONS.filter((action) => templateActionAccess(role, action, template).kind === 'ready');
}

/** Where "Launch sandbox" goes: the sandbox form with this template chosen. */
export function launchHref(template: Pick<TemplateFacts, 'name'>): string {
  return `/sandboxes/new?template=${encodeURIComponent(template.name)}`;
}
