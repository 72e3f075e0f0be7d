import { describe, expect, it } from 'vitest';
import { mapServerFieldErrors } from './server-errors';
import { emptyFormValues, keyValueRow, ruleRow, type SandboxFormValues } from './values';

const values: SandboxFormValues = {
  ...emptyFormValues('x'),
  metadata: [keyValueRow('owner', 'a'), keyValueRow('app.env', 'b')],
  envVars: [keyValueRow('DEBUG', '1')],
  allowOut: [ruleRow('api.openai.com'), ruleRow(''), ruleRow('bad rule')],
  denyOut: [ruleRow('0.0.0.0/0')],
};

const map = (path: string, message = 'problem') => mapServerFieldErrors([{ path, message }], values);

describe('mapServerFieldErrors', () => {
  it('maps top-level fields', () => {
    expect(map('name').fields).toEqual([{ path: 'name', message: 'problem' }]);
    expect(map('from_template').fields[0]?.path).toBe('template');
    expect(map('timeout_seconds').fields[0]?.path).toBe('lifetime.amount');
  });

  it('maps a metadata key (even one with dots) to its row', () => {
    expect(map('metadata.app.env').fields[0]?.path).toBe('metadata.1.key');
    expect(map('metadata.owner', 'metadata value of "owner" is 3000 bytes').fields[0]?.path).toBe(
      'metadata.0.value',
    );
  });

  it('maps an env var to its row', () => {
    expect(map('env_vars.DEBUG').fields[0]?.path).toBe('envVars.0.key');
  });

  it('maps a rule index past blank rows to the right row', () => {
    expect(map('network.allow_out.1').fields[0]?.path).toBe('allowOut.2.value');
    expect(map('network.deny_out.0').fields[0]?.path).toBe('denyOut.0.value');
  });

  it('falls back to the section for keys it cannot find', () => {
    expect(map('metadata.unknown').fields[0]?.path).toBe('metadata');
    expect(map('metadata').fields[0]?.path).toBe('metadata');
  });

  it('leaves unknown paths for the banner', () => {
    expect(map('vcpu')).toEqual({ fields: [], unplaced: [{ path: 'vcpu', message: 'problem' }] });
  });

  it('leaves paths named like Object properties for the banner too', () => {
    for (const path of ['constructor', 'toString', '__proto__']) {
      expect(map(path)).toEqual({ fields: [], unplaced: [{ path, message: 'problem' }] });
    }
  });
});
