import { describe, expect, it } from 'vitest';

import { parseTelemetrySettings, telemetrySettings } from './settings';

const problems = (env: Record<string, string>) => {
  const parsed = parseTelemetrySettings(env);
  return 'problems' in parsed ? parsed.problems : [];
};

describe('parseTelemetrySettings', () => {
  it('has quiet defaults: info, no metrics, no traces', () => {
    expect(parseTelemetrySettings({})).toEqual({
      logLevel: 'info',
      metricsToken: undefined,
      metricsPort: undefined,
      metricsHost: '127.0.0.1',
      otlpEndpoint: undefined,
    });
    expect(parseTelemetrySettings({ LOG_LEVEL: ' ', METRICS_PORT: '' })).toMatchObject({ logLevel: 'info' });
  });

  it('reads every setting', () => {
    expect(
      parseTelemetrySettings({
        LOG_LEVEL: 'DEBUG',
        METRICS_TOKEN: 'a'.repeat(32),
        METRICS_PORT: '9464',
        METRICS_HOST: '0.0.0.0',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      }),
    ).toEqual({
      logLevel: 'debug',
      metricsToken: 'a'.repeat(32),
      metricsPort: 9464,
      metricsHost: '0.0.0.0',
      otlpEndpoint: 'http://collector:4318',
    });
    expect(parseTelemetrySettings({ LOG_LEVEL: 'silent' })).toMatchObject({ logLevel: 'silent' });
  });

  it('names the variable of each bad value, never the value', () => {
    const found = problems({
      LOG_LEVEL: 'verbose',
      METRICS_TOKEN: 'short-secret',
      METRICS_PORT: '70000',
      METRICS_HOST: 'a host',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
    });
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(/^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
    expect(found[1]).toMatch(/^METRICS_TOKEN must be at least 16 characters/);
    expect(found[2]).toMatch(/^METRICS_PORT must be a port number/);
    expect(found[3]).toMatch(/^METRICS_HOST /);
    expect(found[4]).toMatch(/^OTEL_EXPORTER_OTLP_ENDPOINT must be an http/);
    expect(found.join('\n')).not.toContain('short-secret');
  });

  it('refuses a token with spaces, a port that is not a number, and the dashboard’s own port', () => {
    expect(problems({ METRICS_TOKEN: 'a long token with spaces' })[0]).toMatch(
      /^METRICS_TOKEN must be printable/,
    );
    for (const port of ['0', 'abc', '9464.5', '-1', '123456']) {
      expect(problems({ METRICS_PORT: port })[0]).toMatch(/^METRICS_PORT must be a port number/);
    }
    expect(problems({ METRICS_PORT: '3000', PORT: '3000' })[0]).toMatch(/^METRICS_PORT must differ/);
    expect(problems({ OTEL_EXPORTER_OTLP_ENDPOINT: 'ftp://collector' })).toHaveLength(1);
  });

  it('falls back to the defaults where start-up has already refused a bad value', () => {
    expect(telemetrySettings({ LOG_LEVEL: 'loud' })).toEqual({ logLevel: 'info', metricsHost: '127.0.0.1' });
  });
});
