/** The HTTP surface: health, authentication, rate limiting, routes, and the error envelope for everything. */
import { createHash, timingSafeEqual } from 'node:crypto';

import { Hono } from 'hono';

import type { HealthResponse } from '@/lib/contract';

import type { BuildRunner } from './builds/runner';
import type { Core } from './core';
import { ApiError } from './errors';
import { errorResponse, json } from './http';
import type { RateLimiter } from './rate-limit';
import { registerExecRoutes } from './routes/exec';
import { registerSandboxRoutes } from './routes/sandboxes';
import { registerTemplateRoutes } from './routes/templates';
import type { KnownFields } from './views';

export const API_VERSION = '0.1.0';

/** Known paths and their methods, so a wrong method is a 405 with `Allow`, not a 404. */
const ROUTES: readonly [RegExp, readonly string[]][] = [
  [/^\/health$/, ['GET']],
  [/^\/sandboxes$/, ['GET', 'POST']],
  [/^\/sandboxes\/[^/]+$/, ['GET', 'PATCH', 'DELETE']],
  [/^\/sandboxes\/[^/]+\/(pause|resume|activate|exec|exec\/stream)$/, ['POST']],
  [/^\/templates$/, ['GET', 'POST']],
];

function unrouted(path: string, method: string): ApiError {
  const allowed = ROUTES.find(([pattern]) => pattern.test(path))?.[1];
  if (allowed) {
    return new ApiError(405, 'method_not_allowed', `Method ${method} is not allowed on ${path}`, {
      Allow: allowed.join(', '),
    });
  }
  return new ApiError(404, 'not_found', `No such endpoint: ${method} ${path}`);
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export type RouterDeps = { core: Core; runner: BuildRunner; apiKey: string; limiter: RateLimiter | null };

export function createRouter({ core, runner, apiKey, limiter }: RouterDeps): Hono {
  const app = new Hono();
  const expectedKey = digest(apiKey);

  app.onError((error) => {
    if (error instanceof ApiError) return errorResponse(error);
    console.error('[emulator] unexpected error', error);
    return errorResponse(new ApiError(500, 'internal_error', 'Internal server error'));
  });
  app.notFound((c) => errorResponse(unrouted(c.req.path, c.req.method)));

  app.get('/health', () =>
    json({ status: 'ok', version: API_VERSION } satisfies KnownFields<HealthResponse>),
  );

  app.use('*', async (c, next) => {
    const key = c.req.header('X-API-Key');
    // Compare digests in constant time, so response timing says nothing about the key.
    if (!key || !timingSafeEqual(digest(key), expectedKey)) {
      throw new ApiError(401, 'auth_failed', 'Invalid or missing X-API-Key header.');
    }
    const rateHeaders = limiter?.take() ?? {};
    // Lifetimes end on time even between sweeper ticks: every request first removes what has expired.
    core.sandboxes.deleteExpired(core.now());
    await next();
    for (const [name, value] of Object.entries(rateHeaders)) c.res.headers.set(name, value);
  });

  const deps = { app, core, runner };
  registerSandboxRoutes(deps);
  registerExecRoutes(deps);
  registerTemplateRoutes(deps);
  return app;
}
