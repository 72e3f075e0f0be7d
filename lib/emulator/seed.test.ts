import { afterEach, describe, expect, test } from 'vitest';

import { startTestApi } from './test-helpers';
import type { TestApi } from './test-helpers';

let api: TestApi;
afterEach(() => api?.dispose());

type Item = {
  id: string;
  name: string;
  status: string;
  metadata: Record<string, string>;
  network?: object;
  snapshot_id?: string;
};

describe('seed data', () => {
  test('a fresh folder gets the documented demo sandboxes, newest first', async () => {
    api = startTestApi({ seed: true });
    const { body } = await api.json<Item[]>('GET', '/sandboxes');
    expect(body.map((s) => [s.id, s.name, s.status])).toEqual([
      ['5eed0000-0000-4000-8000-000000000001', 'agent-run-7f3c', 'active'],
      ['5eed0000-0000-4000-8000-000000000002', 'pr-preview-1421', 'active'],
      ['5eed0000-0000-4000-8000-000000000003', 'data-pipeline-staging', 'active'],
      ['5eed0000-0000-4000-8000-000000000004', 'ci-runner-0088', 'failed'],
      ['5eed0000-0000-4000-8000-000000000005', 'eval-harness-nightly', 'paused'],
      ['5eed0000-0000-4000-8000-000000000006', 'scratchpad', 'paused'],
    ]);
    expect(body.filter((s) => s.status === 'paused').every((s) => s.snapshot_id)).toBe(true);
    expect(body[0]).toMatchObject({
      metadata: { env: 'prod', owner: 'agent-7', run_id: '7f3c-21' },
      network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
    });
    expect(
      (await api.json<Item[]>('GET', '/sandboxes?metadata.env=prod&metadata.owner=agent-7')).body,
    ).toHaveLength(2);
  });

  test('includes one ready team template with a build log, and files in the sandboxes', async () => {
    api = startTestApi({ seed: true });
    const template = await api.json<{ id: string; status: string; latest_build_id: string }>(
      'GET',
      '/templates/acme%2Fdata-tools',
    );
    expect(template.body).toMatchObject({ id: '5eed7e30-0000-4000-8000-000000000001', status: 'ready' });
    const builds = await api.json<{ status: string }[]>('GET', '/templates/acme/data-tools/builds');
    expect(builds.body).toEqual([expect.objectContaining({ status: 'ready' })]);
    const exec = await api.json('POST', '/sandboxes/5eed0000-0000-4000-8000-000000000001/exec', {
      command:
        'ls agent; curl -s https://api.openai.com >/dev/null; echo $?; curl -s https://example.com; echo $?',
    });
    expect(exec.body).toMatchObject({ stdout: 'main.py\noutput\nrequirements.txt\n0\n7\n' });
  });

  test('seed: false starts empty except for the curated templates', async () => {
    api = startTestApi({ seed: false });
    expect((await api.json<unknown[]>('GET', '/sandboxes')).body).toEqual([]);
    expect((await api.json<unknown[]>('GET', '/templates')).body).toHaveLength(3);
  });
});
