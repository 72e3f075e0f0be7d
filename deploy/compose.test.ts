import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * compose.yaml and deploy/Caddyfile, validated offline: no Docker engine runs on our machines or in CI. Debian's
 * docker-compose 1.29 (`config -q`: the schema, interpolation of required variables) and dclint (the Compose
 * specification and good practice), each shown to refuse a broken file, then the example's own promises.
 */
const REQUIRED = { POSTGRES_PASSWORD: 'pg-pass', CONSOLE_SECRET: 'a'.repeat(44), SUPERSERVE_API_KEY: 'key' };
const hasDockerCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
const scratch = mkdtempSync(path.join(tmpdir(), 'console-compose-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function compose(args: string[], env: Record<string, string | undefined> = REQUIRED, file = 'compose.yaml') {
  // Only PATH from the developer's shell: a CONSOLE_SECRET exported there must not make a test pass.
  return spawnSync('docker-compose', ['-f', file, ...args], {
    env: { PATH: process.env.PATH, NODE_ENV: 'test', ...env },
    encoding: 'utf8',
  });
}

function dclint(file: string) {
  return spawnSync(process.execPath, ['node_modules/.bin/dclint', '--max-warnings', '0', file], {
    encoding: 'utf8',
  });
}

/** compose.yaml with one change, in a scratch folder (beside a copy of the Caddyfile it mounts). */
function brokenCopy(change: (text: string) => string): string {
  const file = path.join(scratch, `compose-${Math.random().toString(36).slice(2)}.yaml`);
  const original = readFileSync('compose.yaml', 'utf8');
  const changed = change(original);
  expect(changed).not.toBe(original);
  writeFileSync(file, changed);
  return file;
}

const BROKEN_SCHEMA = (text: string) =>
  text.replace('stop_grace_period: 15s', 'stop_grace_period: 15s\n  restart_policy: always');

describe.skipIf(!hasDockerCompose && !process.env.CI)('docker-compose 1.29 config', () => {
  it('is installed (CI installs it: .ci/run)', () => {
    expect(hasDockerCompose, 'apt-get install -y docker-compose').toBe(true);
  });

  it('accepts compose.yaml, with and without the demo profile', () => {
    const plain = compose(['config', '-q']);
    expect(plain.stderr).toBe('');
    expect(plain.status).toBe(0);
    expect(compose(['--profile', 'demo', 'config', '-q']).status).toBe(0);
  });

  it.each(Object.keys(REQUIRED))('refuses to start without %s, naming it', (name) => {
    const result = compose(['config', '-q'], { ...REQUIRED, [name]: undefined });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`set ${name}`);
  });

  it('refuses a file with a key the schema does not know', () => {
    const result = compose(['config', '-q'], REQUIRED, brokenCopy(BROKEN_SCHEMA));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('restart_policy');
  });
});

describe('dclint', () => {
  it('finds nothing in compose.yaml, warnings included', () => {
    const result = dclint('compose.yaml');
    expect(result.stdout + result.stderr).not.toMatch(/error|warning/);
    expect(result.status).toBe(0);
  });

  it('fails a file with a schema error, and one with a floating image tag', () => {
    expect(dclint(brokenCopy(BROKEN_SCHEMA)).status).not.toBe(0);
    const floating = dclint(
      brokenCopy((text) => text.replace('image: postgres:17-bookworm', 'image: postgres:latest')),
    );
    expect(floating.status).not.toBe(0);
    expect(floating.stdout).toContain('concrete version tag');
  });
});

type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  stop_grace_period?: string;
  profiles?: string[];
};

describe('the example it describes', () => {
  // docker-compose would resolve anchors and variables too; the yaml package lets this run without it.
  const file = parse(readFileSync('compose.yaml', 'utf8'), { merge: true }) as {
    services: Record<string, Service>;
  };
  const { services } = file;
  const consoles = ['console-1', 'console-2'].map((name) => services[name]!);

  it('runs two dashboard instances of one image on one database and one secret', () => {
    expect(consoles.every(Boolean)).toBe(true);
    const [a, b] = consoles as [Service, Service];
    expect(a.image).toBe(b.image);
    expect(a.environment?.DATABASE_URL).toBe(b.environment?.DATABASE_URL);
    expect(a.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
    expect(a.environment?.CONSOLE_SECRET).toBe(b.environment?.CONSOLE_SECRET);
    expect(a.environment?.CONSOLE_SECRET).toMatch(/^\$\{CONSOLE_SECRET:\?/);
    expect(a.environment?.CONSOLE_URL).toMatch(/^https:\/\//);
    // Separate data volumes: two instances never share a SQLite file.
    expect(a.volumes).not.toEqual(b.volumes);
    // More than SHUTDOWN_GRACE_MS (10 s) before Docker kills an instance.
    expect(a.stop_grace_period).toBe('15s');
    expect(a.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('starts PostgreSQL with a health check and a volume, and Caddy after both instances are healthy', () => {
    expect(services.postgres?.healthcheck?.test).toContain('pg_isready');
    expect(services.postgres?.volumes?.[0]).toMatch(/:\/var\/lib\/postgresql\/data$/);
    expect(services.caddy?.depends_on).toEqual({
      'console-1': { condition: 'service_healthy' },
      'console-2': { condition: 'service_healthy' },
    });
  });

  it('puts the embedded API behind the demo profile only', () => {
    expect(services.emulator?.profiles).toEqual(['demo']);
    for (const [name, service] of Object.entries(services)) {
      if (name !== 'emulator') expect(service.profiles, name).toBeUndefined();
    }
  });

  it('has Caddy balance both instances with active checks of /api/ready, and terminate TLS', () => {
    const caddyfile = readFileSync('deploy/Caddyfile', 'utf8');
    expect(caddyfile).toMatch(/reverse_proxy console-1:3000 console-2:3000 \{/);
    expect(caddyfile).toMatch(/^\s*health_uri \/api\/ready$/m);
    expect(caddyfile).toMatch(/^\s*lb_policy \w+$/m);
    expect(caddyfile).toMatch(/^\s*tls \{\$CONSOLE_TLS:internal\}$/m);
    // The probes must carry a host name the dashboard answers (lib/server/hosts.ts), not console-1:3000.
    expect(caddyfile).toMatch(/health_headers \{\s*Host localhost\s*\}/);
  });
});
