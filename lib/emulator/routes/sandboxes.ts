/** /sandboxes: list, create, get, patch, delete, and the lifecycle actions pause, resume, activate. */
import { createHash } from 'node:crypto';

import { CreateSandboxRequestSchema, SandboxPatchSchema, type ResumeResponse } from '@/lib/contract';

import { badRequest } from '../errors';
import { json, noContent, SECURITY_HEADERS } from '../http';
import { parseUuidParam } from '../ids';
import { activateSandbox, pauseSandbox, requireSandbox, resumeSandbox } from '../lifecycle';
import { parseListQuery } from '../list-query';
import { parseJsonObject, readBodyText, validateBody } from '../request-body';
import { createSandbox, CREATE_CHECK_ORDER, deleteSandbox, patchSandbox } from '../sandboxes';
import type { IdempotencyInput } from '../sandboxes';
import { sandboxListItem, sandboxResponse, type KnownFields } from '../views';
import type { RouteDeps } from './deps';

const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{1,255}$/;

/** JSON with object keys sorted, so the same request hashes the same whatever its key order or spacing. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function idempotencyOf(header: string | undefined, request: unknown): IdempotencyInput {
  if (header === undefined) return null;
  if (!IDEMPOTENCY_KEY_RE.test(header)) {
    throw badRequest('Idempotency-Key must be 1-255 visible ASCII characters');
  }
  return { key: header, requestHash: createHash('sha256').update(canonicalJson(request)).digest('hex') };
}

export function registerSandboxRoutes({ app, core }: RouteDeps): void {
  app.get('/sandboxes', (c) => {
    const { items, total } = core.sandboxes.list(parseListQuery(new URL(c.req.url).searchParams));
    return json(items.map(sandboxListItem), 200, { 'X-Total-Count': String(total) });
  });

  app.post('/sandboxes', async (c) => {
    const header = c.req.header('Idempotency-Key');
    const input = validateBody(
      CreateSandboxRequestSchema,
      parseJsonObject(await readBodyText(c.req.raw)),
      CREATE_CHECK_ORDER,
    );
    const result = createSandbox(core, input, idempotencyOf(header, input));
    return new Response(result.body, {
      status: result.status,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        ...SECURITY_HEADERS,
        ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
      },
    });
  });

  app.get('/sandboxes/:id', (c) => {
    const sandbox = requireSandbox(core, parseUuidParam('sandbox_id', c.req.param('id')));
    return json(sandboxResponse(sandbox));
  });

  app.patch('/sandboxes/:id', async (c) => {
    const id = parseUuidParam('sandbox_id', c.req.param('id'));
    const patch = validateBody(SandboxPatchSchema, parseJsonObject(await readBodyText(c.req.raw)), [
      'network',
      'metadata',
    ]);
    patchSandbox(core, id, patch);
    return noContent();
  });

  app.delete('/sandboxes/:id', (c) => {
    deleteSandbox(core, parseUuidParam('sandbox_id', c.req.param('id')));
    return noContent();
  });

  app.post('/sandboxes/:id/pause', async (c) => {
    await pauseSandbox(core, parseUuidParam('sandbox_id', c.req.param('id')));
    return noContent();
  });

  app.post('/sandboxes/:id/resume', async (c) => {
    const sandbox = await resumeSandbox(core, parseUuidParam('sandbox_id', c.req.param('id')));
    return json({
      id: sandbox.id,
      status: 'active',
      access_token: sandbox.accessToken,
    } satisfies KnownFields<ResumeResponse>);
  });

  app.post('/sandboxes/:id/activate', async (c) => {
    const sandbox = await activateSandbox(core, parseUuidParam('sandbox_id', c.req.param('id')));
    return json(sandboxResponse(sandbox));
  });
}
