import 'server-only';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

import { type Action, can } from '@/lib/access/permissions';
import { PAGE_PATH_HEADER, SETUP_PATH, signInHref } from '@/lib/access/next-path';

import { type Actor, actorFor } from './actor';
import { getConsole } from './index';
import { hasUsers } from './setup';

/**
 * The signed-in person for a page, or a redirect: to first-run setup while nobody exists, else to sign-in and
 * back to this page afterwards. Every page of the dashboard goes through here (its layout calls it).
 */
export async function requireActor(): Promise<Actor> {
  const requestHeaders = await headers();
  const actor = await actorFor(requestHeaders);
  if (actor) return actor;
  if (!(await hasUsers(await getConsole()))) redirect(SETUP_PATH);
  redirect(signInHref(requestHeaders.get(PAGE_PATH_HEADER) ?? '/'));
}

/** Like requireActor, for a page that needs more than a session: whether the role may take `action`. */
export async function actorMay(action: Action): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await requireActor();
  return { actor, allowed: can(actor.role, action) };
}
