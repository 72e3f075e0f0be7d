import 'server-only';

import type { z } from 'zod';

import type { Action } from '@/lib/access/permissions';
import {
  CreateSandboxRequestSchema,
  CreateTemplateRequestSchema,
  ExecRequestSchema,
  SandboxPatchSchema,
} from '@/lib/contract';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export type RouteRule = {
  /** Path segments; `:id` stands for one id segment. */
  pattern: readonly string[];
  method: Method;
  /** What the route does, by the permission table's name (lib/access), or `public`: open without a session. */
  action: Action | 'public';
  /** The contract a JSON body must satisfy; routes without one forward no body. */
  body?: z.ZodType;
};

/**
 * Every path of the Superserve OpenAPI file, plus POST /sandboxes/{id}/activate (what the SDK's connect calls), each
 * with the action the permission table (lib/access/permissions.ts) needs a role for.
 */
export const ROUTES: readonly RouteRule[] = [
  { method: 'GET', pattern: ['health'], action: 'public' },
  { method: 'GET', pattern: ['sandboxes'], action: 'sandbox.read' },
  { method: 'POST', pattern: ['sandboxes'], action: 'sandbox.create', body: CreateSandboxRequestSchema },
  { method: 'GET', pattern: ['sandboxes', ':id'], action: 'sandbox.read' },
  { method: 'PATCH', pattern: ['sandboxes', ':id'], action: 'sandbox.update', body: SandboxPatchSchema },
  { method: 'DELETE', pattern: ['sandboxes', ':id'], action: 'sandbox.delete' },
  { method: 'POST', pattern: ['sandboxes', ':id', 'pause'], action: 'sandbox.pause' },
  { method: 'POST', pattern: ['sandboxes', ':id', 'resume'], action: 'sandbox.resume' },
  { method: 'POST', pattern: ['sandboxes', ':id', 'activate'], action: 'sandbox.activate' },
  { method: 'POST', pattern: ['sandboxes', ':id', 'exec'], action: 'sandbox.exec', body: ExecRequestSchema },
  {
    method: 'POST',
    pattern: ['sandboxes', ':id', 'exec', 'stream'],
    action: 'sandbox.exec',
    body: ExecRequestSchema,
  },
  { method: 'GET', pattern: ['templates'], action: 'template.read' },
  { method: 'POST', pattern: ['templates'], action: 'template.create', body: CreateTemplateRequestSchema },
  { method: 'GET', pattern: ['templates', ':id'], action: 'template.read' },
  { method: 'DELETE', pattern: ['templates', ':id'], action: 'template.delete' },
  { method: 'GET', pattern: ['templates', ':id', 'builds'], action: 'template.read' },
  { method: 'POST', pattern: ['templates', ':id', 'builds'], action: 'template.build' },
  { method: 'GET', pattern: ['templates', ':id', 'builds', ':id'], action: 'template.read' },
  { method: 'DELETE', pattern: ['templates', ':id', 'builds', ':id'], action: 'template.cancel_build' },
  { method: 'GET', pattern: ['templates', ':id', 'builds', ':id', 'logs'], action: 'template.read' },
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

export type RouteMatch = {
  path: string;
  /** The rule's pattern as a path, `/sandboxes/:id/exec`: what logs and metrics name instead of ids. */
  pattern: string;
  action: RouteRule['action'];
  body?: z.ZodType;
};

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
 * The allowed route for a method and the decoded path segments after `/api`, or undefined. HEAD is allowed
 * wherever GET is. Only listed pairs get through; allowedMethods tells a wrong method (405) from an unknown
 * path (404).
 */
export function matchRoute(method: string, segments: readonly string[]): RouteMatch | undefined {
  const wanted = method === 'HEAD' ? 'GET' : method;
  const rule = ROUTES.find((route) => route.method === wanted && matches(route.pattern, segments));
  if (!rule) return undefined;
  return {
    path: `/${segments.join('/')}`,
    pattern: `/${rule.pattern.join('/')}`,
    action: rule.action,
    body: rule.body,
  };
}

/** The allow-list's pattern for these decoded segments after `/api`, whatever the method (`/sandboxes/:id`). */
export function patternOf(segments: readonly string[]): string | undefined {
  const rule = ROUTES.find((route) => matches(route.pattern, segments));
  return rule ? `/${rule.pattern.join('/')}` : undefined;
}

/** The order methods are listed in an `Allow` header: reads first, then writes. */
export const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** A method list in METHOD_ORDER, with HEAD wherever GET is (Next answers HEAD with the GET handler). */
export function withHead(methods: readonly string[]): string[] {
  const all = new Set(methods);
  if (all.has('GET')) all.add('HEAD');
  return METHOD_ORDER.filter((method) => all.has(method));
}

/**
 * The methods the allow-list has for these decoded segments after `/api`, for a 405's `Allow` header (HEAD
 * wherever GET); empty for a path it does not know at all (→ 404).
 */
export function allowedMethods(segments: readonly string[]): string[] {
  return withHead(ROUTES.filter((route) => matches(route.pattern, segments)).map((route) => route.method));
}
