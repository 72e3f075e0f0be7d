import { describe, expect, it } from 'vitest';

import { buckets, parsePrometheusText, sampleValue } from '@/e2e/prometheus-text';
import { newRequestContext, runWithRequest } from '@/lib/server/request-context';
import { trackStream } from '@/lib/server/open-streams';

import type { AuditTrail } from '@/lib/audit/types';

import { countAuditWrites } from './audit-metrics';
import { countSignIn, exposition, PREFIX } from './metrics';
import { observeUpstream } from './upstream-observer';

const read = async () => parsePrometheusText((await exposition()).body);
const facts = (route: string) => ({
  route,
  method: 'GET',
  template: route.replace(/^\/api/, ''),
  serverAddress: () => 'emulator',
});

describe('the metrics registry', () => {
  it('has HELP and TYPE for every family, ours prefixed, and the process metrics', async () => {
    const families = await read();
    for (const family of families.values()) {
      expect(family.help, family.name).toBeTruthy();
      expect(['counter', 'gauge', 'histogram', 'summary'], family.name).toContain(family.type);
    }
    expect(families.get(`${PREFIX}http_requests_total`)?.type).toBe('counter');
    expect(families.get(`${PREFIX}upstream_request_duration_seconds`)?.type).toBe('histogram');
    expect(families.has('process_cpu_user_seconds_total')).toBe(true);
    expect(families.has('nodejs_heap_size_used_bytes')).toBe(true);
  });

  it('times an upstream call into the request’s context and the histogram, buckets cumulative', async () => {
    const context = newRequestContext('GET', '/api/sandboxes/x');
    runWithRequest(context, () => observeUpstream(facts('/api/unit/a')).answered(200));
    expect(context.upstreamCalls).toBe(1);
    expect(context.upstreamMs).toBeGreaterThanOrEqual(0);
    const families = await read();
    const name = `${PREFIX}upstream_request_duration_seconds`;
    const series = buckets(families, name, { route: '/api/unit/a' });
    expect(series.at(-1)).toEqual({ le: Infinity, count: 1 });
    for (let i = 1; i < series.length; i++)
      expect(series[i]!.count).toBeGreaterThanOrEqual(series[i - 1]!.count);
    expect(sampleValue(families, name, { route: '/api/unit/a' }, `${name}_count`)).toBe(1);
  });

  it('counts upstream errors by reason, once per call, and not a browser that left', async () => {
    const name = `${PREFIX}upstream_errors_total`;
    observeUpstream(facts('/api/unit/b')).answered(302);
    observeUpstream(facts('/api/unit/b')).failed('timeout');
    const unreachable = observeUpstream(facts('/api/unit/b'));
    unreachable.failed('unreachable');
    unreachable.failed('unreachable');
    observeUpstream(facts('/api/unit/b')).failed(undefined);
    observeUpstream(facts('/api/unit/b')).answered(304);
    const families = await read();
    expect(sampleValue(families, name, { route: '/api/unit/b', reason: 'redirect' })).toBe(1);
    expect(sampleValue(families, name, { route: '/api/unit/b', reason: 'timeout' })).toBe(1);
    expect(sampleValue(families, name, { route: '/api/unit/b', reason: 'unreachable' })).toBe(1);
  });

  it('reads the open streams at scrape time', async () => {
    const name = `${PREFIX}open_streams`;
    const untrack = trackStream({ route: '/sandboxes/:id/exec/stream', end: () => {} });
    expect(sampleValue(await read(), name, { route: '/api/sandboxes/:id/exec/stream' })).toBe(1);
    untrack();
    expect(sampleValue(await read(), name, { route: '/api/sandboxes/:id/exec/stream' })).toBe(0);
  });

  it('counts audit writes and their failures, passing both on', async () => {
    let fail = false;
    const trail: AuditTrail = {
      record: async () => {
        if (fail) throw new Error('disk full');
        return 'id-1';
      },
      complete: async () => {},
    };
    const log = countAuditWrites(trail);
    const before = await read();
    const writes = (families: typeof before, operation: string) =>
      sampleValue(families, `${PREFIX}audit_writes_total`, { operation });
    const failures = (families: typeof before) =>
      sampleValue(families, `${PREFIX}audit_write_failures_total`, { operation: 'record' });
    await expect(log.record({ actor: { id: null, email: null, role: null }, action: 'x' })).resolves.toBe(
      'id-1',
    );
    await log.complete('id-1', { status: 200 });
    fail = true;
    await expect(log.record({ actor: { id: null, email: null, role: null }, action: 'x' })).rejects.toThrow(
      'disk full',
    );
    const after = await read();
    expect(writes(after, 'record') - writes(before, 'record')).toBe(1);
    expect(writes(after, 'complete') - writes(before, 'complete')).toBe(1);
    expect(failures(after) - failures(before)).toBe(1);
  });

  it('counts sign-ins by method and result', async () => {
    countSignIn('password', true);
    countSignIn('password', false);
    countSignIn('sso', false);
    const families = await read();
    const name = `${PREFIX}sign_ins_total`;
    expect(sampleValue(families, name, { method: 'password', result: 'success' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(families, name, { method: 'sso', result: 'failure' })).toBeGreaterThanOrEqual(1);
  });
});

describe('parsePrometheusText', () => {
  it('reads labels with escapes and refuses a malformed line', () => {
    const text = '# HELP a_total A.\n# TYPE a_total counter\na_total{x="q\\"uote",y="b\\\\s"} 3\n';
    const families = parsePrometheusText(text);
    expect(families.get('a_total')?.samples).toEqual([
      { name: 'a_total', labels: { x: 'q"uote', y: 'b\\s' }, value: 3 },
    ]);
    expect(() => parsePrometheusText('# TYPE a counter\na{x=1} 2\n')).toThrow(/malformed/);
    expect(() => parsePrometheusText('b 1\n')).toThrow(/without HELP/);
  });
});
