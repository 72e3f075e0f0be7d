import { describe, expect, it } from 'vitest';

import { actorName, describeDetails, describeOutcome, targetName } from './describe';

describe('records in words', () => {
  it('names actors', () => {
    expect(actorName({ id: 'u1', email: 'ada@example.com', role: 'admin' })).toBe('ada@example.com');
    expect(actorName({ id: 'system', email: 'system', role: null })).toBe('System');
    expect(actorName({ id: null, email: null, role: null })).toBe('Someone');
  });

  it('names targets by name, else by a compact id', () => {
    expect(targetName({ type: 'sandbox', id: '3f2c5b1e-8a4d-4c6e-9b7a-1d2e3f4a5b6c', name: 'web' })).toBe(
      'web',
    );
    expect(targetName({ type: 'sandbox', id: '3f2c5b1e-8a4d-4c6e-9b7a-1d2e3f4a5b6c', name: null })).toBe(
      '3f2c…5b6c',
    );
    expect(targetName({ type: null, id: null, name: null })).toBe('—');
  });

  it.each([
    [{ command: 'ls', args: ['-la', '/srv'], env: ['TOKEN'] }, '$ ls -la /srv · env TOKEN'],
    [{ from_template: 'python', env_vars: ['A', 'B'] }, 'from python · env A, B'],
    [{ role: 'viewer' }, 'role viewer'],
    [{ fields: ['name'] }, 'changed name'],
    [{ changed: ['metadata'], metadata: { env: 'prod' } }, 'changed metadata'],
    [{ build_id: '0b1c2d3e-4f5a-4b6c-8d7e-8f9a0b1c2d3e' }, 'build 0b1c…2d3e'],
    [{ method: 'sso' }, 'single sign-on'],
    [{}, null],
  ])('details %j → %j', (details, line) => {
    expect(describeDetails({ action: 'x', details })).toBe(line);
  });

  it('says the outcome with its evidence', () => {
    expect(describeOutcome({ outcome: 'success', status: 204, errorCode: null })).toBe('Succeeded (204)');
    expect(describeOutcome({ outcome: 'failure', status: 404, errorCode: 'not_found' })).toBe(
      'Failed (404 not_found)',
    );
    expect(describeOutcome({ outcome: 'unknown', status: null, errorCode: null })).toBe('Unknown');
  });
});
