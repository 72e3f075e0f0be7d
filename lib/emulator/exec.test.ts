import { afterEach, describe, expect, test } from 'vitest';

import { readEvents, startTestApi } from './test-helpers';
import type { TestApi } from './test-helpers';

let api: TestApi;
afterEach(() => api?.dispose());

type ExecResult = { stdout: string; stderr: string; exit_code: number };

async function sandbox(body: object = {}) {
  return (await api.json<{ id: string }>('POST', '/sandboxes', { name: 'exec', ...body })).body.id;
}
const run = async (id: string, command: string | object) =>
  (
    await api.json<ExecResult>(
      'POST',
      `/sandboxes/${id}/exec`,
      typeof command === 'string' ? { command } : command,
    )
  ).body;

describe('POST /sandboxes/{id}/exec', () => {
  test('runs in /home/user as user and returns stdout, stderr and the exit code', async () => {
    api = startTestApi();
    const id = await sandbox();
    expect(await run(id, 'echo hello; pwd; whoami')).toEqual({
      stdout: 'hello\n/home/user\nuser\n',
      stderr: '',
      exit_code: 0,
    });
    expect(await run(id, 'ls /nope')).toEqual({
      stdout: '',
      stderr: "ls: cannot access '/nope': No such file or directory\n",
      exit_code: 2,
    });
  });

  test('an unknown command is exit 127 with "sh: <cmd>: not found"', async () => {
    api = startTestApi();
    expect(await run(await sandbox(), 'rustc --version')).toEqual({
      stdout: '',
      stderr: 'sh: rustc: not found\n',
      exit_code: 127,
    });
  });

  test('env layers: base, then the sandbox env_vars, then the request env', async () => {
    api = startTestApi();
    const id = await sandbox({ env_vars: { DEBUG: '1', TOKEN: 'from-sandbox', HOME: '/home/user' } });
    const result = await run(id, { command: 'env', env: { TOKEN: 'from-request' } });
    const env = Object.fromEntries(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(/=(.*)/s).slice(0, 2)),
    );
    expect(env).toMatchObject({
      PATH: expect.stringContaining('/usr/bin'),
      HOME: '/home/user',
      USER: 'user',
      TERM: 'xterm',
      LANG: 'C.UTF-8',
      SHELL: '/bin/sh',
      DEBUG: '1',
      TOKEN: 'from-request',
    });
    expect((await run(id, 'printenv TOKEN DEBUG')).stdout).toBe('from-sandbox\n1\n');
    expect((await run(id, 'printenv MISSING')).exit_code).toBe(1);
  });

  test('env var values are never returned by the API', async () => {
    api = startTestApi();
    const id = await sandbox({ env_vars: { SECRET: 'hunter2-value' } });
    const responses = [
      await api.call('GET', `/sandboxes/${id}`),
      await api.call('GET', '/sandboxes'),
      await api.call('POST', `/sandboxes/${id}/activate`),
    ];
    for (const res of responses) expect(await res.text()).not.toContain('hunter2-value');
  });

  test('working_dir is honoured and a missing one fails the command', async () => {
    api = startTestApi();
    const id = await sandbox();
    expect((await run(id, { command: 'pwd', working_dir: '/tmp' })).stdout).toBe('/tmp\n');
    const missing = await run(id, { command: 'pwd', working_dir: '/does/not/exist' });
    expect(missing.exit_code).not.toBe(0);
    expect(missing.stderr).toMatch(/\/does\/not\/exist/);
  });

  test('args runs the binary with literal arguments, no shell', async () => {
    api = startTestApi();
    expect(await run(await sandbox(), { command: 'echo', args: ['$HOME', 'a;b'] })).toMatchObject({
      stdout: '$HOME a;b\n',
      exit_code: 0,
    });
  });

  test('timeout_s kills a long command with exit 124', async () => {
    api = startTestApi();
    const started = Date.now();
    const result = await run(await sandbox(), { command: 'echo start; sleep 100; echo never', timeout_s: 1 });
    expect(result).toMatchObject({ stdout: 'start\n', exit_code: 124 });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a huge timeout_s does not kill the command at once', async () => {
    api = startTestApi();
    expect(
      await run(await sandbox(), { command: 'sleep 0.1; echo done', timeout_s: 10_000_000 }),
    ).toMatchObject({
      stdout: 'done\n',
      exit_code: 0,
    });
  });

  test('a missing command is a 400', async () => {
    api = startTestApi();
    const id = await sandbox();
    for (const body of [{}, { command: '' }, { command: 5 }]) {
      const res = await api.json<{ error: { code: string; message: string } }>(
        'POST',
        `/sandboxes/${id}/exec`,
        body,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/command/);
    }
  });

  test('on a paused sandbox it resumes first, and the sandbox stays active', async () => {
    api = startTestApi();
    const id = await sandbox();
    await run(id, 'echo kept > note.txt');
    await api.call('POST', `/sandboxes/${id}/pause`);
    expect(await run(id, 'cat note.txt')).toMatchObject({ stdout: 'kept\n', exit_code: 0 });
    expect((await api.json<{ status: string }>('GET', `/sandboxes/${id}`)).body.status).toBe('active');
  });

  test('two commands sent to a paused sandbox at once both run', async () => {
    api = startTestApi({ timing: { transitionMs: 100 } });
    const id = await sandbox();
    await api.call('POST', `/sandboxes/${id}/pause`);
    const results = await Promise.all([run(id, 'echo one'), run(id, 'echo two')]);
    expect(results.map((result) => result.stdout)).toEqual(['one\n', 'two\n']);
  });

  test('each sandbox has its own filesystem', async () => {
    api = startTestApi();
    const one = await sandbox();
    const two = await sandbox();
    await run(one, 'mkdir -p work/src && echo one > work/src/a.txt');
    expect((await run(one, 'cat work/src/a.txt')).stdout).toBe('one\n');
    expect((await run(two, 'ls work')).exit_code).toBe(2);
  });
});

describe('curl and wget obey the sandbox network rules', () => {
  test('no rules: public hosts allowed, private ranges always blocked', async () => {
    api = startTestApi();
    const id = await sandbox();
    const ok = await run(id, 'curl -s https://example.com/');
    expect(ok.exit_code).toBe(0);
    expect(ok.stdout).toContain('"status":200');
    for (const target of [
      'http://10.1.2.3',
      'http://192.168.0.1/admin',
      'http://127.0.0.1:8080',
      'localhost',
    ]) {
      const blocked = await run(id, `curl ${target}`);
      expect(blocked.exit_code).toBe(7);
      expect(blocked.stderr).toMatch(/^curl: \(7\) Failed to connect/);
    }
  });

  test('allow_out with deny_out 0.0.0.0/0 lets only the allowed hosts out', async () => {
    api = startTestApi();
    const id = await sandbox({
      network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
    });
    expect((await run(id, 'curl https://api.openai.com/v1/models')).exit_code).toBe(0);
    expect((await run(id, 'curl -sS https://raw.github.com/x')).exit_code).toBe(0);
    const denied = await run(id, 'curl -sS https://example.com');
    expect(denied.exit_code).toBe(7);
    expect(denied.stderr).toContain('0.0.0.0/0');
    expect(await run(id, 'curl -s https://example.com')).toEqual({ stdout: '', stderr: '', exit_code: 7 });
  });

  test('a network change applies to the next command', async () => {
    api = startTestApi();
    const id = await sandbox();
    expect((await run(id, 'curl -s https://example.com')).exit_code).toBe(0);
    await api.call('PATCH', `/sandboxes/${id}`, { network: { allow_out: ['api.openai.com'] } });
    expect((await run(id, 'curl -s https://example.com')).exit_code).toBe(7);
  });

  test('wget saves the simulated response, or fails with exit 4 when blocked', async () => {
    api = startTestApi();
    const id = await sandbox({ network: { allow_out: ['files.example.com'] } });
    const saved = await run(id, 'wget -q https://files.example.com/data.json && cat data.json');
    expect(saved.exit_code).toBe(0);
    expect(saved.stdout).toContain('files.example.com/data.json');
    const blocked = await run(id, 'wget https://elsewhere.example.org/');
    expect(blocked.exit_code).toBe(4);
    expect(blocked.stderr).toMatch(/failed: Connection refused/);
  });
});

describe('POST /sandboxes/{id}/exec/stream', () => {
  test('streams SSE with the API headers and one data line per event', async () => {
    api = startTestApi();
    const id = await sandbox();
    const res = await api.call('POST', `/sandboxes/${id}/exec/stream`, {
      command: 'echo out; echo err >&2; exit 3',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const raw = await res.text();
    const events = raw.split('\n\n').filter(Boolean);
    expect(events.every((event) => /^data: \{.*\}$/.test(event))).toBe(true);
    const data = events.map((event) => JSON.parse(event.slice(6)));
    expect(data).toEqual([
      { stdout: 'out\n', timestamp: expect.any(String) },
      { stderr: 'err\n', timestamp: expect.any(String) },
      { exit_code: 3, finished: true, timestamp: expect.any(String) },
    ]);
  });

  test('output before a sleep arrives before the sleep ends', async () => {
    api = startTestApi();
    const id = await sandbox();
    const started = Date.now();
    const res = await api.call('POST', `/sandboxes/${id}/exec/stream`, {
      command: 'echo before; sleep 1; echo after',
    });
    const events = await readEvents(res, started);
    expect(events.map((event) => event.data.stdout ?? event.data.exit_code)).toEqual([
      'before\n',
      'after\n',
      0,
    ]);
    const [before, after] = events;
    expect((after?.at ?? 0) - (before?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  test('errors before the stream starts are JSON errors', async () => {
    api = startTestApi({ seed: true });
    const failed = await api.json('POST', '/sandboxes/5eed0000-0000-4000-8000-000000000004/exec/stream', {
      command: 'ls',
    });
    expect(failed.status).toBe(409);
    expect(failed.headers.get('content-type')).toMatch(/application\/json/);
    const missing = await api.json('POST', '/sandboxes/5eed0000-0000-4000-8000-000000000001/exec/stream', {});
    expect(missing.status).toBe(400);
  });

  test('a paused sandbox is resumed before streaming', async () => {
    api = startTestApi({ seed: true });
    const paused = '5eed0000-0000-4000-8000-000000000005';
    const events = await readEvents(
      await api.call('POST', `/sandboxes/${paused}/exec/stream`, { command: 'ls evals' }),
    );
    expect(events.map((event) => event.data)).toEqual([
      { stdout: 'results.jsonl\n', timestamp: expect.any(String) },
      { exit_code: 0, finished: true, timestamp: expect.any(String) },
    ]);
    expect((await api.json<{ status: string }>('GET', `/sandboxes/${paused}`)).body.status).toBe('active');
  });
});
