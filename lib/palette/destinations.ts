/**
 * The pages the command palette can go to and the things it can create, each with the permission a role needs
 * (the same table the main navigation and the pages use), so a person is never offered a page that refuses them.
 */
import { type Action, can } from '@/lib/access/permissions';
import { isUuid } from '@/lib/contract/ids';

export type Destination = {
  href: string;
  label: string;
  /** Other words that find it. */
  keywords: readonly string[];
  needs?: Action;
};

export const PAGES: readonly Destination[] = [
  { href: '/', label: 'Overview', keywords: ['home', 'dashboard', 'summary'] },
  { href: '/sandboxes', label: 'Sandboxes', keywords: ['list', 'all sandboxes'] },
  { href: '/templates', label: 'Templates', keywords: ['images'], needs: 'template.read' },
  { href: '/audit', label: 'Audit log', keywords: ['activity', 'history'], needs: 'audit.read' },
  { href: '/settings/users', label: 'Users', keywords: ['people', 'roles', 'invite'], needs: 'user.manage' },
  { href: '/account', label: 'Account', keywords: ['profile', 'password', 'sessions'] },
];

export const CREATE: readonly Destination[] = [
  { href: '/sandboxes/new', label: 'New sandbox', keywords: ['create sandbox'], needs: 'sandbox.create' },
  { href: '/templates/new', label: 'New template', keywords: ['create template'], needs: 'template.create' },
];

/** The destinations a role may open, in their given order. */
export function allowedDestinations(
  destinations: readonly Destination[],
  role: string | null | undefined,
): Destination[] {
  return destinations.filter(({ needs }) => !needs || can(role, needs));
}

/** The sandbox id in a sandbox page's path (`/sandboxes/<id>`), or undefined on any other page. */
export function sandboxIdInPath(pathname: string): string | undefined {
  const match = /^\/sandboxes\/([^/]+)\/?$/.exec(pathname);
  // A path segment that isn't a UUID never names a sandbox (`/sandboxes/new`).
  return match?.[1] && isUuid(match[1]) ? match[1] : undefined;
}
