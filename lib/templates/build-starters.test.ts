import { describe, expect, test } from 'vitest';
import type { AuditRecord } from '@/lib/audit-view/record';
import { buildStarters, startsBuild, STARTER_WINDOW_MS } from './build-starters';

const T0 = Date.parse('2026-05-01T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

let seq = 0;
function record(overrides: Partial<AuditRecord> & { email: string; at: number }): AuditRecord {
  seq += 1;
  const { email, ...rest } = overrides;
  return {
    id: `r${seq}`,
    actor: { id: email, email, role: 'operator' },
    action: 'template.build',
    target: { type: 'template', id: 't1', name: null },
    outcome: 'success',
    status: 201,
    errorCode: null,
    requestId: null,
    ip: null,
    userAgent: null,
    details: null,
    ...rest,
  };
}

describe('startsBuild', () => {
  test('a create and a rebuild that made a build count; a 200, a failure or an unknown outcome do not', () => {
    expect(startsBuild(record({ email: 'a', at: T0, action: 'template.create', status: 202 }))).toBe(true);
    expect(startsBuild(record({ email: 'a', at: T0 }))).toBe(true);
    expect(startsBuild(record({ email: 'a', at: T0, status: 200 }))).toBe(false);
    expect(startsBuild(record({ email: 'a', at: T0, outcome: 'failure', status: 409 }))).toBe(false);
    expect(startsBuild(record({ email: 'a', at: T0, outcome: 'unknown', status: null }))).toBe(false);
    expect(startsBuild(record({ email: 'a', at: T0, action: 'template.cancel_build', status: 204 }))).toBe(
      false,
    );
  });
});

describe('buildStarters', () => {
  test('pairs each build with the start record nearest in time', () => {
    const builds = [
      { id: 'b2', created_at: iso(T0 + 60_000 + 40) },
      { id: 'b1', created_at: iso(T0 + 30) },
    ];
    const records = [
      record({ email: 'ana@example.com', at: T0, action: 'template.create', status: 202 }),
      record({ email: 'bo@example.com', at: T0 + 60_000 }),
    ];
    const starters = buildStarters(builds, records);
    expect(starters.get('b1')?.email).toBe('ana@example.com');
    expect(starters.get('b2')?.email).toBe('bo@example.com');
  });

  test('a rebuild that only returned the running build names no one', () => {
    const builds = [{ id: 'b1', created_at: iso(T0 + 20) }];
    const records = [
      record({ email: 'ana@example.com', at: T0, action: 'template.create', status: 202 }),
      record({ email: 'bo@example.com', at: T0 + 100, status: 200 }),
    ];
    const starters = buildStarters(builds, records);
    expect(starters.get('b1')?.email).toBe('ana@example.com');
    expect(starters.size).toBe(1);
  });

  test('a record is used at most once, and a build too far from any record stays unattributed', () => {
    const builds = [
      { id: 'b1', created_at: iso(T0 + 10) },
      { id: 'b2', created_at: iso(T0 + 20) },
      { id: 'b3', created_at: iso(T0 + STARTER_WINDOW_MS * 3) },
    ];
    const records = [record({ email: 'ana@example.com', at: T0 })];
    const starters = buildStarters(builds, records);
    expect([...starters.keys()]).toEqual(['b1']);
  });

  test('a build without a creation time, or none of the records, is simply left out', () => {
    expect(buildStarters([{ id: 'b1', created_at: null }], [record({ email: 'a', at: T0 })]).size).toBe(0);
    expect(buildStarters([{ id: 'b1', created_at: iso(T0) }], []).size).toBe(0);
  });
});
