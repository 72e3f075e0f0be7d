import { afterEach, describe, expect, test } from 'vitest';

import { readEvents, startTestApi } from './test-helpers';
import type { TestApi } from './test-helpers';

let api: TestApi;
afterEach(() => api?.dispose());

type Template = {
  id: string;
  team_id: string;
  name: string;
  status: string;
  error_message?: string;
  latest_build_id?: string;
};
type Build = { id: string; status: string; error_message?: string; build_spec_hash: string };
type ApiErrorBody = { error: { code: string; message: string } };

const spec = (steps: object[] = [], extra: object = {}) => ({ from: 'python:3.11', steps, ...extra });

async function createTemplate(name: string, buildSpec: object = spec(), extra: object = {}) {
  return api.json<Template & { build_id: string }>('POST', '/templates', {
    name,
    build_spec: buildSpec,
    ...extra,
  });
}

async function waitFor(path: string, statuses: string[]): Promise<Template & Build> {
  for (let i = 0; i < 400; i++) {
    const { body } = await api.json<Template & Build>('GET', path);
    if (statuses.includes(body.status)) return body;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${path} never reached ${statuses.join('/')}`);
}

describe('curated templates', () => {
  test('are listed with 1 vCPU, 1024 MiB, 4096 MiB disk and ready', async () => {
    api = startTestApi();
    const { body } = await api.json<Template[]>('GET', '/templates');
    expect(body.map((t) => t.name).sort()).toEqual([
      'superserve/base',
      'superserve/node-22',
      'superserve/python-3.11',
    ]);
    for (const template of body) {
      expect(template).toMatchObject({ status: 'ready', vcpu: 1, memory_mib: 1024, disk_mib: 4096 });
    }
  });

  test('can be fetched by id and by name, with the slash encoded or not', async () => {
    api = startTestApi();
    const [first] = (await api.json<Template[]>('GET', '/templates?name_prefix=superserve/base')).body;
    for (const path of [
      `/templates/${first?.id}`,
      '/templates/superserve/base',
      '/templates/superserve%2Fbase',
    ]) {
      const res = await api.json<Template>('GET', path);
      expect([path, res.status, res.body.name]).toEqual([path, 200, 'superserve/base']);
    }
    expect((await api.json('GET', '/templates/superserve/nope')).status).toBe(404);
    expect((await api.json('GET', '/templates/0b5c1a2e-8f3d-4c6b-9a7e-1d2c3b4a5f60')).body).toEqual({
      error: { code: 'not_found', message: 'Template not found' },
    });
  });

  test('cannot be deleted or rebuilt', async () => {
    api = startTestApi();
    expect((await api.json('DELETE', '/templates/superserve/base')).status).toBe(409);
    expect((await api.json('POST', '/templates/superserve%2Fbase/builds')).status).toBe(409);
  });
});

describe('POST /templates', () => {
  test('202 with the first build id; the build runs to ready and the template can boot sandboxes', async () => {
    api = startTestApi();
    const { status, body } = await createTemplate(
      'my-python-env',
      spec([
        { run: 'mkdir -p /srv/app && echo hi > /srv/app/hello.txt' },
        { env: { key: 'MODE', value: 'demo' } },
        { workdir: '/srv/app' },
      ]),
      { vcpu: 2, memory_mib: 2048 },
    );
    expect(status).toBe(202);
    expect(body).toMatchObject({
      name: 'my-python-env',
      status: 'building',
      vcpu: 2,
      memory_mib: 2048,
      disk_mib: 4096,
    });
    expect(body.build_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.team_id).toEqual(expect.any(String));

    const build = await waitFor(`/templates/${body.id}/builds/${body.build_id}`, ['ready', 'failed']);
    expect(build).toMatchObject({
      status: 'ready',
      started_at: expect.any(String),
      finalized_at: expect.any(String),
    });
    const template = await waitFor(`/templates/${body.id}`, ['ready']);
    expect(template).toMatchObject({
      size_bytes: expect.any(Number),
      built_at: expect.any(String),
      latest_build_id: body.build_id,
      // Our extension: what it is built from, as sent, for the dashboard's template page and "Clone".
      build_spec: spec([
        { run: 'mkdir -p /srv/app && echo hi > /srv/app/hello.txt' },
        { env: { key: 'MODE', value: 'demo' } },
        { workdir: '/srv/app' },
      ]),
    });

    const sandbox = await api.json<{ id: string; vcpu_count: number; memory_mib: number }>(
      'POST',
      '/sandboxes',
      {
        name: 'from-team',
        from_template: 'my-python-env',
      },
    );
    expect(sandbox.body).toMatchObject({ vcpu_count: 2, memory_mib: 2048 });
    const exec = await api.json('POST', `/sandboxes/${sandbox.body.id}/exec`, {
      command: 'pwd; cat hello.txt; echo $MODE',
    });
    expect(exec.body).toMatchObject({ stdout: '/srv/app\nhi\ndemo\n', exit_code: 0 });
  });

  test('a step that exits non-zero fails the build with step_failed', async () => {
    api = startTestApi();
    const { body } = await createTemplate(
      'broken',
      spec([{ run: 'echo ok' }, { run: 'echo boom >&2; exit 1' }]),
    );
    const build = await waitFor(`/templates/${body.id}/builds/${body.build_id}`, ['ready', 'failed']);
    expect(build.status).toBe('failed');
    expect(build.error_message).toMatch(/^step_failed: step 2\/2 failed after \d+s: exited with code 1$/);
    const template = await waitFor(`/templates/${body.id}`, ['failed']);
    expect(template.error_message).toBe(build.error_message);
    const sandbox = await api.json<ApiErrorBody>('POST', '/sandboxes', {
      name: 'x',
      from_template: 'broken',
    });
    expect(sandbox.status).toBe(409);
    expect(sandbox.body.error.message).toBe('template is not ready (status=failed)');
  });

  test('a failing start_cmd is start_cmd_failed', async () => {
    api = startTestApi();
    const { body } = await createTemplate('bad-start', spec([], { start_cmd: 'exit 3' }));
    const build = await waitFor(`/templates/${body.id}/builds/${body.build_id}`, ['ready', 'failed']);
    expect(build.error_message).toMatch(/^start_cmd_failed: /);
  });

  test.each([
    [{ name: 'Bad Name', build_spec: spec() }, /name/],
    [{ name: 'superserve/mine', build_spec: spec() }, /reserved/],
    [{ name: 'ok' }, /build_spec/],
    [{ name: 'ok', build_spec: { from: 'alpine:3.20' } }, /alpine/],
    [{ name: 'ok', build_spec: spec([{ run: 'a', workdir: '/b' }]) }, /exactly one/],
    [{ name: 'ok', build_spec: spec([{ user: { name: 'Root' } }]) }, /user name/],
    [{ name: 'ok', build_spec: spec(), vcpu: 5 }, /vcpu/],
    [{ name: 'ok', build_spec: spec(), memory_mib: 128 }, /memory_mib/],
    [{ name: 'ok', build_spec: spec(), extra: true }, /"extra"/],
  ])('%j is a 400', async (request, message) => {
    api = startTestApi();
    const res = await api.json<ApiErrorBody>('POST', '/templates', request);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    expect((await api.json<unknown[]>('GET', '/templates')).body).toHaveLength(3);
  });

  test('a duplicate name is a 409', async () => {
    api = startTestApi();
    await createTemplate('twice');
    const again = await createTemplate('twice');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'conflict' } });
  });

  test('more than 5 builds in flight is 429 too_many_builds; more than 10 templates is 429 too_many_templates', async () => {
    api = startTestApi({ timing: { buildStepMs: 60_000 } });
    for (let i = 0; i < 5; i++) expect((await createTemplate(`t${i}`)).status).toBe(202);
    const sixth = await api.json<ApiErrorBody>('POST', '/templates', { name: 't5', build_spec: spec() });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('too_many_builds');
    api.dispose();

    api = startTestApi();
    for (let i = 0; i < 10; i++) {
      const { body } = await createTemplate(`ready-${i}`);
      await waitFor(`/templates/${body.id}`, ['ready']);
    }
    const eleventh = await api.json<ApiErrorBody>('POST', '/templates', {
      name: 'one-too-many',
      build_spec: spec(),
    });
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.error.code).toBe('too_many_templates');
  });

  test('name_prefix filters the list', async () => {
    api = startTestApi();
    await createTemplate('acme/api');
    await createTemplate('acme/web');
    await createTemplate('other');
    const { body } = await api.json<Template[]>('GET', '/templates?name_prefix=acme/');
    // Which of the two comes first depends on whether they were made in the same millisecond (then by name);
    // what this test is about is which ones the prefix keeps.
    expect(body.map((t) => t.name).sort()).toEqual(['acme/api', 'acme/web']);
  });
});

describe('builds', () => {
  test('a rebuild while one is in flight returns that build (200); afterwards a new one (201)', async () => {
    api = startTestApi({ timing: { buildStepMs: 30 } });
    const { body } = await createTemplate('rebuilt', spec([{ run: 'echo a' }]));
    const inFlight = await api.json<Build>('POST', `/templates/${body.id}/builds`);
    expect(inFlight.status).toBe(200);
    expect(inFlight.body.id).toBe(body.build_id);
    await waitFor(`/templates/${body.id}`, ['ready']);
    const fresh = await api.json<Build>('POST', `/templates/rebuilt/builds`);
    expect(fresh.status).toBe(201);
    expect(fresh.body.id).not.toBe(body.build_id);
    expect(fresh.body.build_spec_hash).toBe(inFlight.body.build_spec_hash);
    expect((await api.json<Template>('GET', `/templates/${body.id}`)).body.status).toBe('building');
    const builds = await api.json<Build[]>('GET', `/templates/${body.id}/builds`);
    expect(builds.body.map((b) => b.id)).toEqual([fresh.body.id, body.build_id]);
    expect((await api.json<Build[]>('GET', `/templates/${body.id}/builds?limit=1`)).body).toHaveLength(1);
    expect((await api.json('GET', `/templates/${body.id}/builds?limit=101`)).status).toBe(400);
  });

  test('cancel stops a build (204) and is a 204 no-op once finished', async () => {
    api = startTestApi({ timing: { buildStepMs: 60_000 } });
    const { body } = await createTemplate('cancel-me');
    const buildPath = `/templates/${body.id}/builds/${body.build_id}`;
    expect((await api.call('DELETE', buildPath)).status).toBe(204);
    expect((await api.json<Build>('GET', buildPath)).body).toMatchObject({
      status: 'cancelled',
      finalized_at: expect.any(String),
    });
    expect((await api.json<Template>('GET', `/templates/${body.id}`)).body.status).toBe('failed');
    expect((await api.call('DELETE', buildPath)).status).toBe(204);
    expect((await api.json<Build>('GET', buildPath)).body.status).toBe('cancelled');
  });

  test('unknown and malformed build ids', async () => {
    api = startTestApi();
    const { body } = await createTemplate('ids');
    expect(
      (await api.json('GET', `/templates/${body.id}/builds/0b5c1a2e-8f3d-4c6b-9a7e-1d2c3b4a5f60`)).body,
    ).toEqual({
      error: { code: 'not_found', message: 'Build not found' },
    });
    expect((await api.json('GET', `/templates/${body.id}/builds/nope`)).body).toEqual({
      error: { code: 'bad_request', message: 'Invalid build_id: "nope" is not a valid UUID' },
    });
  });

  test('the log streams over SSE, replays from the start, and ends with finished:true', async () => {
    api = startTestApi({ timing: { buildStepMs: 40 } });
    const { body } = await createTemplate(
      'logged',
      spec([{ run: 'echo step-one-output' }, { run: 'echo warn >&2' }]),
    );
    const logPath = `/templates/${body.id}/builds/${body.build_id}/logs`;
    const live = await api.call('GET', logPath);
    expect(live.headers.get('content-type')).toBe('text/event-stream');
    const events = (await readEvents(live)).map((event) => event.data);
    expect(events[0]).toMatchObject({ stream: 'system', text: expect.stringContaining('queued') });
    expect(events).toContainEqual({
      timestamp: expect.any(String),
      stream: 'stdout',
      text: 'step-one-output',
    });
    expect(events).toContainEqual({ timestamp: expect.any(String), stream: 'stderr', text: 'warn' });
    expect(events.at(-1)).toMatchObject({ finished: true, status: 'ready', stream: 'system' });
    expect(events.filter((event) => event.finished)).toHaveLength(1);

    const replay = (await readEvents(await api.call('GET', logPath))).map((event) => event.data);
    expect(replay).toEqual(events);
  });

  test('a failed build log ends with status failed', async () => {
    api = startTestApi();
    const { body } = await createTemplate('fails', spec([{ run: 'exit 2' }]));
    const events = (
      await readEvents(await api.call('GET', `/templates/${body.id}/builds/${body.build_id}/logs`))
    ).map((event) => event.data);
    expect(events.at(-1)).toMatchObject({
      finished: true,
      status: 'failed',
      text: expect.stringContaining('step_failed'),
    });
  });
});

describe('DELETE /templates/{id}', () => {
  test('409 while a sandbox uses it or a build runs; 204 otherwise, then 404', async () => {
    api = startTestApi({ timing: { buildStepMs: 20 } });
    const { body } = await createTemplate('in-use');
    const building = await api.json<ApiErrorBody>('DELETE', `/templates/${body.id}`);
    expect(building.status).toBe(409);
    expect(building.body.error.message).toMatch(/build/);
    await waitFor(`/templates/${body.id}`, ['ready']);
    const sandbox = await api.json<{ id: string }>('POST', '/sandboxes', {
      name: 'user',
      from_template: 'in-use',
    });
    const used = await api.json<ApiErrorBody>('DELETE', '/templates/in-use');
    expect(used.status).toBe(409);
    expect(used.body.error.message).toMatch(/^template has 1 sandbox\(es\) .*still referencing it/);
    await api.call('DELETE', `/sandboxes/${sandbox.body.id}`);
    expect((await api.call('DELETE', '/templates/in-use')).status).toBe(204);
    expect((await api.json('GET', `/templates/${body.id}`)).status).toBe(404);
    expect((await api.json('DELETE', `/templates/${body.id}`)).status).toBe(404);
  });
});
