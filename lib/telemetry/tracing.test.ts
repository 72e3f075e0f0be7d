import { afterEach, describe, expect, it, vi } from 'vitest';

const loaded: string[] = [];
vi.mock('@opentelemetry/sdk-trace-node', async (original) => {
  loaded.push('sdk-trace-node');
  return original();
});
vi.mock('@opentelemetry/exporter-trace-otlp-http', async (original) => {
  loaded.push('exporter-trace-otlp-http');
  return original();
});

import { shutdownHooks } from '@/lib/server/shutdown-hooks';

import { startTracing } from './tracing';
import { setTracingEnabled, tracingEnabled } from './tracing-state';

afterEach(() => setTracingEnabled(false));

describe('startTracing', () => {
  it('loads nothing and makes no span without OTEL_EXPORTER_OTLP_ENDPOINT', async () => {
    expect(await startTracing({})).toBe(false);
    expect(await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: '  ' })).toBe(false);
    expect(loaded).toEqual([]);
    expect(tracingEnabled()).toBe(false);
  });

  it('registers the SDK and a flush on shutdown when the endpoint is set', async () => {
    expect(await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' })).toBe(true);
    expect(loaded.sort()).toEqual(['exporter-trace-otlp-http', 'sdk-trace-node']);
    expect(tracingEnabled()).toBe(true);
    const hook = [...shutdownHooks()].find((entry) => entry.name === 'traces');
    expect(hook).toBeDefined();
    await hook!.run();
  });
});
