import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { buildCopies, execForm, parseDockerfile, substituteArgs, type Stage } from './dockerfile';

describe('parseDockerfile', () => {
  const sample = [
    '# syntax=docker/dockerfile:1',
    'ARG NODE=20.1',
    'FROM node:${NODE}-bookworm AS build',
    'RUN npm ci \\',
    '  # a comment inside a continuation',
    '  && npm run build',
    'FROM node:${NODE}-bookworm-slim',
    'COPY --from=build --chown=node:node /app/out ./',
    'COPY ["--from=nothing", "x"] ./',
    'CMD ["node", "server.js"]',
  ].join('\n');

  it('reads stages, their names and bases with global ARGs substituted', () => {
    const { globalArgs, stages } = parseDockerfile(sample);
    expect(globalArgs).toEqual({ NODE: '20.1' });
    expect(stages.map((stage) => [stage.name, stage.base])).toEqual([
      ['build', 'node:20.1-bookworm'],
      [undefined, 'node:20.1-bookworm-slim'],
    ]);
  });

  it('joins continuation lines, dropping comment lines, and splits leading flags', () => {
    const [build, runtime] = parseDockerfile(sample).stages as [Stage, Stage];
    expect(build.instructions[1]).toMatchObject({ keyword: 'RUN', args: 'npm ci && npm run build', line: 4 });
    expect(runtime.instructions[1]).toMatchObject({
      keyword: 'COPY',
      flags: { from: 'build', chown: 'node:node' },
      rest: '/app/out ./',
    });
  });

  it('lists what the last stage copies from earlier stages, not from the context', () => {
    expect(buildCopies(parseDockerfile(sample))).toEqual(['/app/out']);
  });

  it('substitutes ${X} and $X it knows, leaves the rest', () => {
    expect(substituteArgs('a-${A}-$B-${C}', { A: '1', B: '2' })).toBe('a-1-2-${C}');
  });

  it('reads exec form only from a JSON array of strings', () => {
    expect(execForm('["node", "server.js"]')).toEqual(['node', 'server.js']);
    expect(execForm('node server.js')).toBeUndefined();
    expect(execForm('[1]')).toBeUndefined();
  });
});

/**
 * The project's Dockerfile, checked without a Docker engine (there is none on our machines or in CI). That the
 * files it copies from the build exist is checked after the build, in e2e/standalone.spec.ts.
 */
describe('Dockerfile', () => {
  const dockerfile = parseDockerfile(readFileSync('Dockerfile', 'utf8'));
  const [build, runtime] = dockerfile.stages as [Stage, Stage];
  const keywords = (stage: Stage, keyword: string) =>
    stage.instructions.filter((instruction) => instruction.keyword === keyword);

  it('has two stages: a build on the full Node image, a run on the slim one of the same version and release', () => {
    expect(dockerfile.stages).toHaveLength(2);
    expect(build.name).toBe('build');
    const [, version, release] = /^node:(\d+(?:\.\d+)*)-(\w+)$/.exec(build.base) ?? [];
    // Same Node (ABI of better-sqlite3's native module) and same Debian (its glibc) in both.
    expect(runtime.base).toBe(`node:${version}-${release}-slim`);
    expect(version?.split('.')[0]).toBe('20');
    expect(release).toBe('bookworm');
  });

  it('builds with dev dependencies (npm ci, npm run build) in the build stage only', () => {
    const buildRuns = keywords(build, 'RUN').map((run) => run.args);
    expect(buildRuns).toContain('npm ci');
    expect(buildRuns).toContain('npm run build');
    for (const run of keywords(runtime, 'RUN')) expect(run.args).not.toMatch(/\bnpm\b|\byarn\b|\bpnpm\b/);
  });

  it('copies only from the build stage into the runtime: no source, no node_modules of the host', () => {
    const copies = [...keywords(runtime, 'COPY'), ...keywords(runtime, 'ADD')];
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) expect(copy.flags.from).toBe('build');
    expect(buildCopies(dockerfile)).toEqual(['/app/.next/standalone']);
  });

  it('runs as the non-root node user, in production, listening on every interface', () => {
    const users = keywords(runtime, 'USER');
    expect(users.at(-1)?.rest).toBe('node');
    const env = keywords(runtime, 'ENV')
      .map((instruction) => instruction.args)
      .join(' ');
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(env).toMatch(/\bHOSTNAME=0\.0\.0\.0\b/);
    expect(env).toMatch(/\bPORT=3000\b/);
    expect(env).toMatch(/\bDATA_DIR=\/data\b/);
  });

  it('gives the non-root user a data volume it owns, exposes the port', () => {
    expect(keywords(runtime, 'VOLUME').map((volume) => volume.rest)).toEqual(['["/data"]']);
    const chown = keywords(runtime, 'RUN').find((run) => run.args.includes('chown'));
    expect(chown?.args).toMatch(/chown node:node \/data\b/);
    // Before USER node: only root may chown.
    expect(chown!.line).toBeLessThan(keywords(runtime, 'USER').at(-1)!.line);
    expect(keywords(runtime, 'EXPOSE').map((expose) => expose.rest)).toEqual(['3000']);
  });

  it('checks health with node against /api/health (the slim image has no curl)', () => {
    const [healthcheck] = keywords(runtime, 'HEALTHCHECK');
    expect(healthcheck?.flags).toMatchObject({ interval: expect.any(String), timeout: expect.any(String) });
    const command = execForm(healthcheck!.rest.replace(/^CMD\s+/, ''));
    expect(command?.slice(0, 2)).toEqual(['node', '-e']);
    expect(command?.[2]).toContain('/api/health');
  });

  it('stops with SIGTERM and starts node server.js in exec form (signals reach node itself)', () => {
    expect(keywords(runtime, 'STOPSIGNAL').map((signal) => signal.rest)).toEqual(['SIGTERM']);
    expect(execForm(keywords(runtime, 'CMD').at(-1)!.rest)).toEqual(['node', 'server.js']);
  });

  it('keeps the host node_modules, build folders, data and secrets out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8')
      .split('\n')
      .map((line) => line.trim());
    for (const entry of ['node_modules', '.next*', '.data', '.env', '.git']) expect(ignored).toContain(entry);
  });
});
