/**
 * Demo data for a fresh data folder (skipped with `seed: false`). End-to-end tests rely on these names and ids.
 *
 * Team template (ready, built from python:3.11, 2 vCPU / 2048 MiB / 8192 MiB disk):
 *   acme/data-tools        id 5eed7e30-0000-4000-8000-000000000001, one finished build with a log
 *                          (DATA_DIR=/srv/data, workdir /srv/app with main.py)
 *
 * Sandboxes (newest first), all created relative to "now":
 *   agent-run-7f3c         active  python-3.11   env=prod    owner=agent-7   run_id=7f3c-21
 *                          allow_out api.openai.com, *.github.com; deny_out 0.0.0.0/0; env OPENAI_API_KEY, DEBUG
 *   pr-preview-1421        active  node-22       env=dev     owner=alice     run_id=pr-1421
 *                          allow_out registry.npmjs.org, *.githubusercontent.com; 24 h lifetime
 *   data-pipeline-staging  active  acme/data-tools env=staging owner=data-team run_id=2026-11-27; 7 day lifetime
 *   ci-runner-0088         failed  base          env=ci      owner=build-bot run_id=88
 *   eval-harness-nightly   paused  base          env=prod    owner=agent-7   run_id=eval-0912
 *                          allow_out api.anthropic.com, api.openai.com; deny_out 0.0.0.0/0
 *   scratchpad             paused  base          no metadata, no rules
 * Ids are 5eed0000-0000-4000-8000-00000000000N, N = 1…6 in the order above.
 */
import type { Core } from './core';
import { inTransaction, sandboxFs } from './core';
import { CURATED_TEMPLATES, LOCAL_TEAM_ID } from './images';
import { newAccessToken } from './ids';
import { specHash } from './templates';
import type { BuildSpec, ImageRuntime, NetworkRules, SandboxState } from './store/types';
import { SqlLayer } from './fs/layers';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const SEED_TEMPLATE_ID = '5eed7e30-0000-4000-8000-000000000001';
const SEED_BUILD_ID = '5eed7e30-0000-4000-8000-0000000000b1';
const seedSandboxId = (n: number) => `5eed0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const curatedId = (name: string) =>
  CURATED_TEMPLATES.find((template) => template.name === name)?.id as string;

const TEAM_SPEC: BuildSpec = {
  from: 'python:3.11',
  steps: [
    { run: 'pip install pandas==2.2.3 pyarrow duckdb' },
    { env: { key: 'DATA_DIR', value: '/srv/data' } },
    { workdir: '/srv/app' },
    { run: 'mkdir -p /srv/data && touch /srv/data/.keep' },
  ],
};
const TEAM_RUNTIME: ImageRuntime = { env: { DATA_DIR: '/srv/data' }, workdir: '/srv/app', user: null };

type DemoSandbox = {
  name: string;
  status: SandboxState;
  template: string;
  ageMs: number;
  metadata: Record<string, string>;
  network?: NetworkRules;
  envVars?: Record<string, string>;
  timeoutSeconds?: number;
  files?: Record<string, string>;
};

const DEMO_SANDBOXES: DemoSandbox[] = [
  {
    name: 'agent-run-7f3c',
    status: 'active',
    template: curatedId('superserve/python-3.11'),
    ageMs: 45 * MINUTE,
    metadata: { env: 'prod', owner: 'agent-7', run_id: '7f3c-21' },
    network: { allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] },
    envVars: { OPENAI_API_KEY: 'sk-demo-0000000000000000', DEBUG: '1' },
    files: {
      '/home/user/agent/main.py':
        'from agent import run\n\nif __name__ == "__main__":\n    run(task="triage-issues")\n',
      '/home/user/agent/requirements.txt': 'openai==1.54.0\nhttpx==0.27.2\n',
      '/home/user/agent/output/report.md': '# Triage report\n\n- 12 issues labelled\n- 3 duplicates closed\n',
    },
  },
  {
    name: 'pr-preview-1421',
    status: 'active',
    template: curatedId('superserve/node-22'),
    ageMs: 3 * HOUR,
    metadata: { env: 'dev', owner: 'alice', run_id: 'pr-1421' },
    network: { allow_out: ['registry.npmjs.org', '*.githubusercontent.com'] },
    timeoutSeconds: 24 * 3600,
    files: {
      '/home/user/app/package.json': '{\n  "name": "preview",\n  "scripts": { "start": "next start" }\n}\n',
    },
  },
  {
    name: 'data-pipeline-staging',
    status: 'active',
    template: SEED_TEMPLATE_ID,
    ageMs: 5 * HOUR,
    metadata: { env: 'staging', owner: 'data-team', run_id: '2026-11-27' },
    timeoutSeconds: 7 * 24 * 3600,
    files: { '/home/user/notes.txt': 'Backfill 2026-11 partitions before Friday.\n' },
  },
  {
    name: 'ci-runner-0088',
    status: 'failed',
    template: curatedId('superserve/base'),
    ageMs: 8 * HOUR,
    metadata: { env: 'ci', owner: 'build-bot', run_id: '88' },
  },
  {
    name: 'eval-harness-nightly',
    status: 'paused',
    template: curatedId('superserve/base'),
    ageMs: 26 * HOUR,
    metadata: { env: 'prod', owner: 'agent-7', run_id: 'eval-0912' },
    network: { allow_out: ['api.anthropic.com', 'api.openai.com'], deny_out: ['0.0.0.0/0'] },
    files: { '/home/user/evals/results.jsonl': '{"case":1,"pass":true}\n{"case":2,"pass":false}\n' },
  },
  {
    name: 'scratchpad',
    status: 'paused',
    template: curatedId('superserve/base'),
    ageMs: 3 * 24 * HOUR,
    metadata: {},
  },
];

function seedTemplate(core: Core, now: number): void {
  const createdAt = now - 4 * 24 * HOUR;
  const builtAt = createdAt + 94_000;
  core.templates.insert({
    id: SEED_TEMPLATE_ID,
    teamId: LOCAL_TEAM_ID,
    name: 'acme/data-tools',
    status: 'ready',
    vcpu: 2,
    memoryMib: 2048,
    diskMib: 8192,
    sizeBytes: 2_861_236_224,
    errorMessage: null,
    buildSpec: TEAM_SPEC,
    isSystem: false,
    createdAt,
    builtAt,
    latestBuildId: SEED_BUILD_ID,
    readyBuildId: SEED_BUILD_ID,
  });
  core.builds.insert({
    id: SEED_BUILD_ID,
    templateId: SEED_TEMPLATE_ID,
    status: 'ready',
    buildSpec: TEAM_SPEC,
    buildSpecHash: specHash(TEAM_SPEC),
    runtime: TEAM_RUNTIME,
    errorMessage: null,
    createdAt,
    startedAt: createdAt + 2000,
    finalizedAt: builtAt,
  });
  const lines: [string, 'stdout' | 'system'][] = [
    [`Build ${SEED_BUILD_ID} queued`, 'system'],
    ['Pulling base image python:3.11', 'system'],
    ['python:3.11: Pulling from library/python', 'stdout'],
    ['Status: Downloaded newer image for python:3.11', 'stdout'],
    ['Step 1/4: RUN pip install pandas==2.2.3 pyarrow duckdb', 'system'],
    ['Successfully installed duckdb-1.1.3 numpy-2.1.3 pandas-2.2.3 pyarrow-18.0.0', 'stdout'],
    ['Step 2/4: ENV DATA_DIR=/srv/data', 'system'],
    ['Step 3/4: WORKDIR /srv/app', 'system'],
    ['Step 4/4: RUN mkdir -p /srv/data && touch /srv/data/.keep', 'system'],
    ['Snapshotting the VM (memory and disk)', 'system'],
  ];
  lines.forEach(([text, stream], index) =>
    core.builds.appendLog(SEED_BUILD_ID, {
      timestamp: createdAt + index * 9000,
      stream,
      text,
      finished: false,
      status: null,
    }),
  );
  core.builds.appendLog(SEED_BUILD_ID, {
    timestamp: builtAt,
    stream: 'system',
    text: 'Build ready in 92s',
    finished: true,
    status: 'ready',
  });
  const layer = new SqlLayer(core.db, 'build_files', SEED_BUILD_ID);
  for (const dir of ['/srv/app', '/srv/data']) layer.put(dir, { kind: 'dir', content: '', mtime: builtAt });
  layer.put('/srv/data/.keep', { kind: 'file', content: '', mtime: builtAt });
  layer.put('/srv/app/main.py', {
    kind: 'file',
    content: 'import duckdb\n\nprint(duckdb.sql("select 42 as answer").fetchall())\n',
    mtime: builtAt,
  });
}

function seedSandbox(core: Core, demo: DemoSandbox, index: number, now: number): void {
  const template = core.templates.get(demo.template);
  if (!template) return;
  const createdAt = now - demo.ageMs;
  const sandbox = core.sandboxes.insert({
    id: seedSandboxId(index + 1),
    name: demo.name,
    status: demo.status,
    templateId: template.id,
    buildId: template.readyBuildId,
    vcpuCount: template.vcpu,
    memoryMib: template.memoryMib,
    snapshotId:
      demo.status === 'paused' ? `5eed5a90-0000-4000-8000-${String(index + 1).padStart(12, '0')}` : null,
    createdAt,
    timeoutSeconds: demo.timeoutSeconds ?? null,
    network: demo.network ?? null,
    metadata: demo.metadata,
    envVars: demo.envVars ?? {},
    accessToken: newAccessToken(),
  });
  const fs = sandboxFs(core, sandbox);
  for (const [path, content] of Object.entries(demo.files ?? {})) {
    const parts = path.split('/').filter(Boolean);
    for (let depth = 1; depth < parts.length; depth++) {
      const dir = `/${parts.slice(0, depth).join('/')}`;
      if (!fs.stat(dir)) fs.mkdir(dir);
    }
    fs.writeFile(path, content);
  }
}

export function seedDemoData(core: Core): void {
  const now = core.now();
  inTransaction(core, () => {
    seedTemplate(core, now);
    // Insert oldest first so that the rowid order matches creation order.
    [...DEMO_SANDBOXES.entries()].reverse().forEach(([index, demo]) => seedSandbox(core, demo, index, now));
  });
}
