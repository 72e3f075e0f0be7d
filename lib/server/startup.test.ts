import { describe, expect, it } from 'vitest';

import { configurationProblems } from './startup';

describe('configurationProblems (checked when the server starts)', () => {
  it('finds none in the defaults', async () => {
    expect(await configurationProblems({})).toBeUndefined();
  });

  it('names a bad proxy setting', async () => {
    expect(await configurationProblems({ SUPERSERVE_API_URL: 'ftp://x' })).toMatch(
      /^Invalid configuration:\n {2}- SUPERSERVE_API_URL must be an http:\/\/ or https:\/\/ URL/,
    );
  });

  it('names bad observability settings, never the token', async () => {
    const problems = await configurationProblems({
      LOG_LEVEL: 'loud',
      METRICS_PORT: 'x',
      METRICS_TOKEN: 'tiny-token',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'nowhere',
    });
    expect(problems).toMatch(/LOG_LEVEL must be one of/);
    expect(problems).toMatch(/METRICS_PORT must be a port number/);
    expect(problems).toMatch(/METRICS_TOKEN must be at least/);
    expect(problems).toMatch(/OTEL_EXPORTER_OTLP_ENDPOINT must be/);
    expect(problems).not.toContain('tiny-token');
  });

  it('names a bad setting of the emulator in local mode', async () => {
    expect(await configurationProblems({ EMULATOR_MAX_SANDBOXES: 'lots' })).toMatch(
      /^Invalid configuration:\n {2}- EMULATOR_MAX_SANDBOXES /,
    );
  });

  it('ignores the emulator settings in remote mode, where no emulator runs', async () => {
    expect(
      await configurationProblems({
        SUPERSERVE_API_KEY: 'ss_live_x',
        CONSOLE_SECRET: 's'.repeat(32),
        EMULATOR_MAX_SANDBOXES: 'lots',
      }),
    ).toBeUndefined();
  });

  it('refuses remote mode without CONSOLE_SECRET, naming it', async () => {
    expect(await configurationProblems({ SUPERSERVE_API_KEY: 'ss_live_x' })).toMatch(
      /^Invalid configuration:\n {2}- CONSOLE_SECRET is required with SUPERSERVE_API_KEY/,
    );
  });

  it('names a bad account setting without echoing its value', async () => {
    const problems = await configurationProblems({ CONSOLE_SECRET: 'hunter2', DATABASE_URL: 'mysql://x' });
    expect(problems).toMatch(/- DATABASE_URL must be a postgres:\/\/ URL/);
    expect(problems).toMatch(/- CONSOLE_SECRET must be at least 32 characters/);
    expect(problems).not.toContain('hunter2');
  });

  it('names a bad CONSOLE_ALLOWED_HOSTS', async () => {
    expect(
      await configurationProblems({ CONSOLE_ALLOWED_HOSTS: 'ok.example,https://console.example.com' }),
    ).toMatch(/^Invalid configuration:\n {2}- CONSOLE_ALLOWED_HOSTS must be host names separated by commas/);
    expect(await configurationProblems({ CONSOLE_ALLOWED_HOSTS: 'a.example, b.example' })).toBeUndefined();
  });

  it('names a bad SHUTDOWN_GRACE_MS', async () => {
    expect(await configurationProblems({ SHUTDOWN_GRACE_MS: '10s' })).toMatch(
      /^Invalid configuration:\n {2}- SHUTDOWN_GRACE_MS must be a whole number of milliseconds/,
    );
    expect(await configurationProblems({ SHUTDOWN_GRACE_MS: '2000' })).toBeUndefined();
  });

  it('stops on half a single sign-on setup, naming what is missing but not the secret', async () => {
    const problems = await configurationProblems({ OIDC_CLIENT_SECRET: 'sso-secret-value' });
    expect(problems).toMatch(/- OIDC_ISSUER and OIDC_CLIENT_ID are required with OIDC_CLIENT_SECRET/);
    expect(problems).not.toContain('sso-secret-value');
  });
});
