/**
 * Whether this process exports traces (lib/telemetry/tracing.ts turned it on). On globalThis: the tracer is
 * registered from instrumentation.ts, the proxy that makes spans runs in a route handler's bundle. Without it the
 * proxy makes no span at all, not even OpenTelemetry's no-op one: tracing off costs one property read.
 */
const SLOT = Symbol.for('sandbox-console.tracing-enabled');

export function tracingEnabled(): boolean {
  return (globalThis as { [SLOT]?: boolean })[SLOT] === true;
}

export function setTracingEnabled(enabled: boolean): void {
  (globalThis as { [SLOT]?: boolean })[SLOT] = enabled;
}
