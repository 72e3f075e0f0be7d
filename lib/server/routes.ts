import 'server-only';

import type { z } from 'zod';

import {
  CreateSandboxRequestSchema,
  CreateTemplateRequestSchema,
  ExecRequestSchema,
  SandboxPatchSchema,
} from '@/lib/contract';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

type RouteRule = {
  /** Path segments; `:id` stands for one id segment. */
  pattern: readonly string[];
  method: Method;
  /** The contract a JSON body must satisfy; routes without one forward no body. */
  body?: z.ZodType;
};

/** Every path of the Superserve OpenAPI file, plus POST /sandboxes/{id}/activate (what the SDK's connect calls). */
const ROUTES: readonly RouteRule[] = [
  { method: 'GET', pattern: ['health'] },
  { method: 'GET', pattern: ['sandboxes'] },
  { method: 'POST', pattern: ['sandboxes'], body: CreateSandboxRequestSchema },
  { method: 'GET', pattern: ['sandboxes', ':id'] },
  { method: 'PATCH', pattern: ['sandboxes', ':id'], body: SandboxPatchSchema },
  { method: 'DELETE', pattern: ['sandboxes', ':id'] },
  { method: 'POST', pattern: ['sandboxes', ':id', 'pause'] },
  { method: 'POST', pattern: ['sandboxes', ':id', 'resume'] },
  { method: 'POST', pattern: ['sandboxes', ':id', 'activate'] },
  { method: 'POST', pattern: ['sandboxes', ':id', 'exec'], body: ExecRequestSchema },
  { method: 'POST', pattern: ['sandboxes', ':id', 'exec', 'stream'], body: ExecRequestSchema },
  { method: 'GET', pattern: ['templates'] },
  { method: 'POST', pattern: ['templates'], body: CreateTemplateRequestSchema },
  { method: 'GET', pattern: ['templates', ':id'] },
  { method: 'DELETE', pattern: ['templates', ':id'] },
  { method: 'GET', pattern: ['templates', ':id', 'builds'] },
  { method: 'POST', pattern: ['templates', ':id', 'builds'] },
  { method: 'GET', pattern: ['templates', ':id', 'builds', ':id'] },
  { method: 'DELETE', pattern: ['templates', ':id', 'builds', ':id'] },
  { method: 'GET', pattern: ['templates', ':id', 'builds', ':id', 'logs'] },
];

/**
 * What an id segment may look like once decoded: UUIDs and template names without their `/`. Anything with `%`
 * (double encoding), `/` or `\` (an encoded separator), or a leading dot (`.` and `..`) never matches, so no
 * decoding trick can make the upstream see a different path than the one checked here.
 *
 * Before any of this, Next (like a browser) resolves `..` and `%2e%2e` segments while parsing the URL and
 * answers `//` and `\` with a 308 to the canonical path: `/api/sandboxes/%2e%2e/health` arrives here as
 * `/api/health`. The path checked is therefore always the path forwarded.
 */
const ID_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export type RouteMatch = { path: string; body?: z.ZodType };

function matches(pattern: readonly string[], segments: readonly string[]): boolean {
  return (
    pattern.length === segments.length &&
    pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      return part === ':id' ? ID_SEGMENT.test(segment) : part === segment;
    })
  );
}

/**
 * The allowed route for a method and the decoded path segments after `/api`, or undefined (→ 404). HEAD is
 * allowed wherever GET is. A known path with a wrong method is a 404 too: only listed pairs get through.
 */
export function matchRoute(method: string, segments: readonly string[]): RouteMatch | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  const rule = ROUTES.find((route) => route.method === wanted && matches(route.pattern, segments));
  if (!rule) return undefined;
  return { path: `/${segments.join('/')}`, body: rule.body };
}
