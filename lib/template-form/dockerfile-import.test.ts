import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '@/lib/templates/dockerfile';
import { toBuildSteps } from '@/lib/templates/steps';
import { applyDockerfileImport, importHasContent, importReplacesSteps } from './dockerfile-import';
import { emptyTemplateFormValues, type TemplateFormValues } from './values';

const DOCKERFILE = [
  'FROM python:3.11-slim',
  'ENV A=1 B="two words"',
  'ENV LEGACY value with spaces',
  'RUN apt-get update && \\',
  '    apt-get install -y git',
  'COPY . /app',
  'WORKDIR /app',
  'EXPOSE 8000',
  'USER app',
  'HEALTHCHECK CMD curl -f http://localhost:8000/',
  'CMD ["python", "-m", "http.server"]',
].join('\n');

const current: TemplateFormValues = {
  ...emptyTemplateFormValues(),
  name: 'keep-me',
  vcpu: '2',
  from: 'ubuntu:24.04',
  steps: [{ id: 'old', kind: 'run', run: 'echo old' }],
  startCmd: 'old start',
  readyCmd: 'old ready',
};

describe('applyDockerfileImport', () => {
  const result = parseDockerfile(DOCKERFILE);

  it('replaces base and steps in order, keeps name and resources', () => {
    const next = applyDockerfileImport(current, result, { startCmd: true, readyCmd: true });
    expect(next.name).toBe('keep-me');
    expect(next.vcpu).toBe('2');
    expect(next.from).toBe('python:3.11-slim');
    expect(toBuildSteps(next.steps)).toEqual([
      { env: { key: 'A', value: '1' } },
      { env: { key: 'B', value: 'two words' } },
      { env: { key: 'LEGACY', value: 'value with spaces' } },
      { run: 'apt-get update && \\\n    apt-get install -y git' },
      { workdir: '/app' },
      { user: { name: 'app' } },
    ]);
    expect(next.startCmd).toBe('python -m http.server');
    expect(next.readyCmd).toBe('curl -f http://localhost:8000/');
  });

  it('lists COPY and EXPOSE by line with a reason (nothing silently dropped)', () => {
    expect(result.unmapped.map((u) => [u.line, u.instruction])).toEqual([
      [6, 'COPY'],
      [8, 'EXPOSE'],
    ]);
    expect(result.unmapped.every((u) => u.reason.length > 10)).toBe(true);
  });

  it('keeps the current commands when the suggestions are unticked', () => {
    const next = applyDockerfileImport(current, result, { startCmd: false, readyCmd: false });
    expect(next.startCmd).toBe('old start');
    expect(next.readyCmd).toBe('old ready');
  });

  it('has nothing to apply without FROM: its instructions are listed, not imported', () => {
    const noFrom = parseDockerfile('RUN echo hi');
    expect(importHasContent(noFrom)).toBe(false);
    expect(noFrom.unmapped.map((u) => u.line)).toEqual([1]);
  });

  it('asks before replacing existing steps; an empty Dockerfile has nothing to apply', () => {
    expect(importReplacesSteps(current)).toBe(true);
    expect(importReplacesSteps(emptyTemplateFormValues())).toBe(false);
    expect(importHasContent(parseDockerfile('# only a comment'))).toBe(false);
  });
});
