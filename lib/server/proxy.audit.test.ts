import { describe, expect, it } from 'vitest';

import { createAuditLog } from '@/lib/audit/store';
import { testDatabases } from '@/lib/db/test-databases';

import { ADMIN, callProxy, memoryAudit, SANDBOX_ID } from './proxy-test-kit';
import { ROUTES } from './routes';

const TEMPLATE_ID = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const BUILD_ID = '0b1c2d3e-4f5a-4b6c-8d7e-8f9a0b1c2d3e';

/** Every write of the allow-list, with a body its contract accepts. */
const WRITES = ROUTES.filter((route) => route.method !== 'GET').map((route) => {
  let ids = 0;
  const path = `/${route.pattern
    .map((part) =>
      part === ':id' ? [route.pattern[0] === 'templates' ? TEMPLATE_ID : SANDBOX_ID, BUILD_ID][ids++] : part,
    )
    .join('/')}`;
  const bodies: Record<string, unknown> = {
    'sandbox.create': { name: 'web-1', env_vars: { API_TOKEN: 'tok-secret-value' } },
    'sandbox.update': { metadata: { env: 'prod' } },
    'sandbox.exec': { command: 'ls -la /srv', env: { DB_PASSWORD: 'hunter2-secret' } },
    'template.create': { name: 'my-image', build_spec: { from: 'python:3.11' } },
  };
  const body = route.body ? bodies[route.action] : undefined;
  return { name: `${route.method} ${route.pattern.join('/')}`, route, path, body };
});

const browser = {
  'x-forwarded-for': '198.51.100.4, 10.0.0.2',
  'user-agent': 'Mozilla/5.0 (audit test)',
};

async function write(
  { route, path, body }: (typeof WRITES)[number],
  respond: (request: Request) => Response | Promise<Response> = () => new Response(null, { status: 204 }),
  audit = memoryAudit(),
) {
  let recordedBeforeForwarding = false;
  const result = await callProxy(
    path,
    { method: route.method, headers: browser, body: body === undefined ? undefined : JSON.stringify(body) },
    (request) => {
      recordedBeforeForwarding = audit.records.length === 1 && audit.records[0]!.completion === undefined;
      return respond(request);
    },
    { audit },
  );
  return { ...result, audit, recordedBeforeForwarding };
}

describe('the audit log at the proxy', () => {
  it('covers every write of the allow-list', () => {
    expect(WRITES.map((w) => w.route.action).sort()).toEqual([
      'sandbox.activate',
      'sandbox.create',
      'sandbox.delete',
      'sandbox.exec',
      'sandbox.exec',
      'sandbox.pause',
      'sandbox.resume',
      'sandbox.update',
      'template.build',
      'template.cancel_build',
      'template.create',
      'template.delete',
    ]);
  });

  describe.each(WRITES)('$name', (w) => {
    it('is recorded before it is forwarded, and completed with the answer', async () => {
      const { response, requests, audit, recordedBeforeForwarding } = await write(w);
      expect(requests).toHaveLength(1);
      expect(recordedBeforeForwarding).toBe(true);
      expect(audit.records).toHaveLength(1);
      const [record] = audit.records;
      expect(record).toMatchObject({
        actor: { id: ADMIN.id, email: ADMIN.email, role: ADMIN.role },
        action: w.route.action,
        target: { type: w.route.pattern[0] === 'templates' ? 'template' : 'sandbox' },
        requestId: response.headers.get('x-request-id'),
        ip: '198.51.100.4',
        userAgent: 'Mozilla/5.0 (audit test)',
        completion: { status: 204 },
      });
      expect(record!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it.each([
      [404, 'not_found'],
      [409, 'conflict'],
      [500, 'internal'],
    ])('records an upstream %i as a failure with its code', async (status, code) => {
      const { response, audit } = await write(w, () =>
        Response.json({ error: { code, message: 'No.' } }, { status }),
      );
      expect(response.status).toBe(status);
      expect(audit.records[0]!.completion).toEqual({ status, errorCode: code });
    });
  });

  it('names a create’s target by the body’s name, then by the id the API gave it', async () => {
    const create = WRITES.find((w) => w.route.action === 'sandbox.create')!;
    const { audit } = await write(create, () =>
      Response.json({ id: SANDBOX_ID, name: 'web-1', status: 'active' }, { status: 201 }),
    );
    expect(audit.records[0]).toMatchObject({
      target: { type: 'sandbox', id: null, name: 'web-1' },
      details: { env_vars: ['API_TOKEN'] },
      completion: { status: 201, target: { id: SANDBOX_ID, name: 'web-1' } },
    });
  });

  it('records an exec’s command and the NAMES of its env vars, never their values', async () => {
    const exec = WRITES.find((w) => w.route.action === 'sandbox.exec')!;
    const { audit } = await write(exec, () => Response.json({ stdout: '', stderr: '', exit_code: 0 }));
    expect(audit.records[0]).toMatchObject({
      target: { type: 'sandbox', id: SANDBOX_ID },
      details: { command: 'ls -la /srv', env: ['DB_PASSWORD'] },
      completion: { status: 200 },
    });
    const everything = JSON.stringify(audit.records);
    expect(everything).not.toContain('hunter2-secret');
  });

  it('never records an env var value of a create', async () => {
    const create = WRITES.find((w) => w.route.action === 'sandbox.create')!;
    const { audit } = await write(create);
    expect(JSON.stringify(audit.records)).not.toContain('tok-secret-value');
  });

  it('completes a streamed exec when the stream starts, and leaves the stream to the browser', async () => {
    const stream = WRITES.find((w) => w.path.endsWith('/exec/stream'))!;
    const { response, audit } = await write(
      stream,
      () =>
        new Response('data: {"stdout":"hi\\n"}\n\ndata: {"exit_code":0,"finished":true}\n\n', {
          headers: { 'content-type': 'text/event-stream' },
        }),
    );
    expect(audit.records[0]).toMatchObject({
      details: { command: 'ls -la /srv', stream: true },
      completion: { status: 200 },
    });
    expect(await response.text()).toContain('"finished":true');
  });

  it('records an unreachable upstream as the 502 the browser got', async () => {
    const pause = WRITES.find((w) => w.route.action === 'sandbox.pause')!;
    const { response, audit } = await write(pause, () => {
      throw new TypeError('fetch failed');
    });
    expect(response.status).toBe(502);
    expect(audit.records[0]!.completion).toEqual({ status: 502, errorCode: 'bad_gateway' });
  });

  it('fails closed: when the record can’t be written, 503 and nothing reaches the upstream', async () => {
    const del = WRITES.find((w) => w.route.action === 'sandbox.delete')!;
    const { response, requests, logs } = await callProxy(del.path, { method: 'DELETE' }, undefined, {
      audit: {
        record: async () => {
          throw new Error('SQLITE_BUSY: database is locked');
        },
        complete: async () => undefined,
      },
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: {
        code: 'audit_unavailable',
        message: 'Nothing was changed: the audit log could not record this action. Try again in a moment.',
      },
    });
    expect(requests).toHaveLength(0);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.join('\n')).toContain('the audit log could not record it');
  });

  it('records nothing for reads, nor for writes refused before forwarding', async () => {
    const audit = memoryAudit();
    await callProxy('/sandboxes', {}, undefined, { audit });
    await callProxy(`/sandboxes/${SANDBOX_ID}`, {}, undefined, { audit });
    await callProxy('/sandboxes', { method: 'POST', body: '{"name": 42}' }, undefined, { audit }); // 400
    await callProxy(`/sandboxes/${SANDBOX_ID}/pause`, { method: 'POST' }, undefined, {
      audit,
      requester: async () => ({ id: 'v', email: 'v@example.test', role: 'viewer' }),
    }); // 403
    await callProxy(`/sandboxes/${SANDBOX_ID}/pause`, { method: 'POST' }, undefined, {
      audit,
      requester: async () => null,
    }); // 401
    expect(audit.records).toHaveLength(0);
  });

  it('gives every answer its own X-Request-Id', async () => {
    const one = await callProxy('/sandboxes');
    const two = await callProxy('/nope');
    const ids = [one.response.headers.get('x-request-id'), two.response.headers.get('x-request-id')];
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe.each(testDatabases())('the proxy’s records in the audit log on $name', ({ open }) => {
  it('keeps outcome "unknown" when the answer never gets recorded (a process killed in between)', async () => {
    const { db, done } = await open();
    try {
      const store = createAuditLog(db);
      const pause = WRITES.find((w) => w.route.action === 'sandbox.pause')!;
      const { response } = await callProxy(
        pause.path,
        { method: 'POST' },
        () => new Response(null, { status: 204 }),
        {
          audit: { record: store.record, complete: () => Promise.reject(new Error('killed')) },
        },
      );
      expect(response.status).toBe(204);
      const [record] = (await store.query({ filters: {}, limit: 5 })).records;
      expect(record).toMatchObject({
        action: 'sandbox.pause',
        target: { type: 'sandbox', id: SANDBOX_ID },
        outcome: 'unknown',
        status: null,
        requestId: response.headers.get('x-request-id'),
      });
    } finally {
      await done();
    }
  });

  it('stores a failed write with its status and code', async () => {
    const { db, done } = await open();
    try {
      const store = createAuditLog(db);
      const resume = WRITES.find((w) => w.route.action === 'sandbox.resume')!;
      await callProxy(
        resume.path,
        { method: 'POST' },
        () => Response.json({ error: { code: 'conflict', message: 'Not paused.' } }, { status: 409 }),
        { audit: store },
      );
      const [record] = (await store.query({ filters: { outcome: 'failure' }, limit: 5 })).records;
      expect(record).toMatchObject({ action: 'sandbox.resume', status: 409, errorCode: 'conflict' });
    } finally {
      await done();
    }
  });
});
