import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AuditPage } from '@/lib/audit-view/record';
import { testDatabases } from '@/lib/db/test-databases';

import { CSV_COLUMNS } from './csv';
import { exportAudit, listAudit, sandboxActivity, templateActivity, type AuditRouteDeps } from './routes';
import { type AuditLog, createAuditLog } from './store';

const SANDBOX = '3f2c5b1e-8a4d-4c6e-9b7a-1d2e3f4a5b6c';
const OTHER = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const TEMPLATE = '5eed7e30-0000-4000-8000-00000000abcd';
const OTTO = { id: 'u-otto', email: 'otto@example.com', role: 'operator' };

let audit: AuditLog;
let done: () => Promise<void>;

beforeAll(async () => {
  const opened = await testDatabases()[0]!.open();
  done = opened.done;
  audit = createAuditLog(opened.db);
  const T0 = Date.UTC(2025, 2, 1);
  const paused = await audit.record({
    at: T0,
    actor: OTTO,
    action: 'sandbox.pause',
    target: { type: 'sandbox', id: SANDBOX },
  });
  await audit.complete(paused, { status: 204 });
  await audit.record({
    at: T0 + 1000,
    actor: OTTO,
    action: 'sandbox.exec',
    target: { type: 'sandbox', id: OTHER },
    details: { command: 'rm -rf /tmp/x' },
  });
  await audit.record({
    at: T0 + 2000,
    actor: OTTO,
    action: 'user.role_change',
    target: { type: 'user', id: 'u-1', name: SANDBOX },
  });
});
afterAll(() => done());

const as = (role: string | null): AuditRouteDeps => ({
  actor: async () => (role === null ? null : { role }),
  audit: async () => audit,
});

const get = (path: string) => new Request(`http://localhost${path}`);

const routes = [
  {
    name: 'GET /api/console/audit',
    call: (deps: AuditRouteDeps) => listAudit(get('/api/console/audit'), deps),
    needs: 'admin',
  },
  {
    name: 'GET /api/console/audit/export',
    call: (deps: AuditRouteDeps) => exportAudit(get('/api/console/audit/export'), deps),
    needs: 'admin',
  },
  {
    name: 'GET /api/console/audit/sandboxes/{id}',
    call: (deps: AuditRouteDeps) =>
      sandboxActivity(get(`/api/console/audit/sandboxes/${SANDBOX}`), SANDBOX, deps),
    needs: 'viewer',
  },
  {
    name: 'GET /api/console/audit/templates/{id}',
    call: (deps: AuditRouteDeps) =>
      templateActivity(get(`/api/console/audit/templates/${TEMPLATE}`), TEMPLATE, deps),
    needs: 'viewer',
  },
];

describe.each(routes)('$name', (route) => {
  it('answers 401 in the API’s envelope without a session', async () => {
    const response = await route.call(as(null));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: 'unauthenticated', message: 'Your session has ended. Sign in again.' },
    });
  });

  it.each(['viewer', 'operator', 'admin', 'superuser'])(
    'as %s: allowed exactly when the table says so',
    async (role) => {
      const response = await route.call(as(role));
      const allowed = route.needs === 'viewer' ? role !== 'superuser' : role === 'admin';
      if (allowed) {
        expect(response.status).toBe(200);
      } else {
        expect(response.status).toBe(403);
        const { error } = (await response.json()) as { error: { code: string; message: string } };
        expect(error.code).toBe('forbidden');
        expect(error.message).toMatch(
          /can't (read the audit log|see sandboxes|see templates)\. Ask an admin for the \w+ role\.$/,
        );
      }
    },
  );
});

describe('GET /api/console/audit', () => {
  const list = async (query: string) => {
    const response = await listAudit(get(`/api/console/audit?${query}`), as('admin'));
    return {
      response,
      body: (await response.json()) as AuditPage & { error?: { code: string; fields: unknown[] } },
    };
  };

  it('answers a page newest first, filtered by the URL', async () => {
    const { response, body } = await list('actor=OTTO@example.com&action=sandbox.*');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.records.map((r) => r.action)).toEqual(['sandbox.exec', 'sandbox.pause']);
    expect(body.older).toBeNull();
    expect(body.newer).toBeNull();
  });

  it('pages by cursor', async () => {
    const first = await list('limit=2');
    expect(first.body.records).toHaveLength(2);
    const second = await list(`limit=2&before=${first.body.older}`);
    expect(second.body.records.map((r) => r.action)).toEqual(['sandbox.pause']);
  });

  it.each([
    ['outcome=maybe', 'outcome'],
    ['from=yesterday', 'from'],
    ['from=2025-03-02&to=2025-03-01', 'to'],
    ['limit=1000', 'limit'],
    ['action=DROP TABLE', 'action'],
    ['before=bogus', 'before'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const { response, body } = await list(query);
    expect(response.status).toBe(400);
    expect(body.error?.code).toBe('bad_request');
    expect(body.error?.fields).toEqual([expect.objectContaining({ path: field })]);
  });

  it('answers 503 when the audit log can’t be opened', async () => {
    const response = await listAudit(get('/api/console/audit'), {
      actor: async () => ({ role: 'admin' }),
      audit: () => Promise.reject(new Error('connection refused')),
    });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('audit_unavailable');
  });
});

describe('GET /api/console/audit/export', () => {
  it('streams the filtered records as a CSV download', async () => {
    const response = await exportAudit(
      get('/api/console/audit/export?target=' + OTHER),
      as('admin'),
      new Date('2025-03-04T05:06:07Z'),
    );
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="audit-log-2025-03-04.csv"',
    );
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,sandbox.exec,sandbox,${OTHER},`);
  });
});

describe('GET /api/console/audit/sandboxes/{id}', () => {
  it('answers only that sandbox’s records, whatever else the URL asks for', async () => {
    const response = await sandboxActivity(
      get(`/api/console/audit/sandboxes/${SANDBOX.toUpperCase()}?action=user.role_change&target=${SANDBOX}`),
      SANDBOX.toUpperCase(),
      as('viewer'),
    );
    const body = (await response.json()) as AuditPage;
    expect(body.records.map((r) => [r.action, r.target.id])).toEqual([['sandbox.pause', SANDBOX]]);
  });

  it('answers 404 for an id that can’t be a sandbox', async () => {
    const response = await sandboxActivity(get('/api/console/audit/sandboxes/nope'), 'nope', as('viewer'));
    expect(response.status).toBe(404);
  });
});

describe('GET /api/console/audit/templates/{id}', () => {
  // Recorded here, not above: the other routes' paging tests count the records they see.
  beforeAll(async () => {
    const rebuilt = await audit.record({
      at: Date.UTC(2025, 2, 1) + 3000,
      actor: OTTO,
      action: 'template.build',
      target: { type: 'template', id: TEMPLATE },
    });
    await audit.complete(rebuilt, { status: 201 });
  });

  it('answers only that template’s records, found by its id in any case', async () => {
    const response = await templateActivity(
      get(`/api/console/audit/templates/${TEMPLATE.toUpperCase()}?action=sandbox.pause&target=${SANDBOX}`),
      TEMPLATE.toUpperCase(),
      as('viewer'),
    );
    const body = (await response.json()) as AuditPage;
    expect(body.records.map((r) => [r.action, r.target.id, r.status])).toEqual([
      ['template.build', TEMPLATE, 201],
    ]);
  });

  it('answers an empty page for a template nothing was recorded for, and 404 for an impossible id', async () => {
    const empty = await templateActivity(get('/api/console/audit/templates/other'), 'other', as('viewer'));
    expect(((await empty.json()) as AuditPage).records).toEqual([]);
    const long = 'x'.repeat(129);
    const response = await templateActivity(get(`/api/console/audit/templates/${long}`), long, as('viewer'));
    expect(response.status).toBe(404);
  });
});
