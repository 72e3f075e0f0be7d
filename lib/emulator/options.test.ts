import { describe, expect, test } from 'vitest';

import { emulatorOptionsFromEnv } from './options';

describe('emulatorOptionsFromEnv', () => {
  test('defaults', () => {
    expect(emulatorOptionsFromEnv({})).toEqual({
      dataDir: '.data',
      apiKey: 'sandbox-console-local',
      maxSandboxes: 50,
      rateLimit: null,
    });
  });

  test('reads every variable', () => {
    expect(
      emulatorOptionsFromEnv({
        DATA_DIR: '/tmp/emu-x',
        EMULATOR_API_KEY: 'k',
        EMULATOR_MAX_SANDBOXES: '7',
        EMULATOR_RATE_LIMIT: '20',
        EMULATOR_RATE_BURST: '40',
        EMULATOR_BUILD_STEP_MS: '0',
      }),
    ).toEqual({
      dataDir: '/tmp/emu-x',
      apiKey: 'k',
      maxSandboxes: 7,
      rateLimit: { perSecond: 20, burst: 40 },
      timing: { buildStepMs: 0 },
    });
  });

  test('the burst defaults to twice the rate; a rate of 0 turns the limiter off', () => {
    expect(emulatorOptionsFromEnv({ EMULATOR_RATE_LIMIT: '5' }).rateLimit).toEqual({
      perSecond: 5,
      burst: 10,
    });
    expect(emulatorOptionsFromEnv({ EMULATOR_RATE_LIMIT: '0' }).rateLimit).toBeNull();
  });

  test.each([
    ['EMULATOR_MAX_SANDBOXES', 'lots'],
    ['EMULATOR_MAX_SANDBOXES', '0'],
    ['EMULATOR_RATE_LIMIT', '-1'],
    ['EMULATOR_RATE_BURST', '1.5'],
  ])('%s=%s fails with a message naming the variable', (name, value) => {
    expect(() => emulatorOptionsFromEnv({ [name]: value })).toThrow(new RegExp(`${name} must be an integer`));
  });
});
