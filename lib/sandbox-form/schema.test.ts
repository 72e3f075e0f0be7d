import { describe, expect, it } from 'vitest';
import { checkSandboxForm } from './schema';
import { emptyFormValues, keyValueRow, ruleRow, type SandboxFormValues } from './values';

function errorsFor(patch: Partial<SandboxFormValues>) {
  return checkSandboxForm({ ...emptyFormValues('ok-name'), ...patch });
}

const paths = (patch: Partial<SandboxFormValues>) => errorsFor(patch).map((e) => e.path);

describe('checkSandboxForm', () => {
  it('accepts the defaults with a name', () => {
    expect(errorsFor({})).toEqual([]);
  });

  it('requires a name of at most 64 bytes', () => {
    expect(paths({ name: '' })).toEqual(['name']);
    expect(paths({ name: 'a'.repeat(64) })).toEqual([]);
    expect(paths({ name: 'a'.repeat(65) })).toEqual(['name']);
    expect(paths({ name: 'é'.repeat(33) })).toEqual(['name']);
  });

  it('requires a template', () => {
    expect(paths({ template: '  ' })).toEqual(['template']);
  });

  it('checks the lifetime only when it is on, and caps it at 7 days', () => {
    const lifetime = (amount: string, unit: 'minutes' | 'hours' | 'days', enabled = true) => ({
      lifetime: { enabled, amount, unit },
    });
    expect(paths(lifetime('abc', 'hours', false))).toEqual([]);
    expect(paths(lifetime('', 'hours'))).toEqual(['lifetime.amount']);
    expect(paths(lifetime('1.5', 'hours'))).toEqual(['lifetime.amount']);
    expect(paths(lifetime('0', 'hours'))).toEqual(['lifetime.amount']);
    expect(paths(lifetime('7', 'days'))).toEqual([]);
    expect(paths(lifetime('168', 'hours'))).toEqual([]);
    expect(paths(lifetime('169', 'hours'))).toEqual(['lifetime.amount']);
    expect(errorsFor(lifetime('8', 'days'))[0]?.message).toMatch(/7 days/);
  });

  it('puts a duplicate metadata key on both rows', () => {
    const metadata = [keyValueRow('env', 'a'), keyValueRow('other', 'b'), keyValueRow('env', 'c')];
    expect(paths({ metadata })).toEqual(['metadata.0.key', 'metadata.2.key']);
  });

  it('flags a reserved metadata key on its row', () => {
    const metadata = [keyValueRow('ok', '1'), keyValueRow('superserve.owner', 'x')];
    const errors = errorsFor({ metadata });
    expect(errors.map((e) => e.path)).toEqual(['metadata.1.key']);
    expect(errors[0]?.message).toMatch(/reserved/);
  });

  it('flags a metadata value over 2 KB on the value', () => {
    expect(paths({ metadata: [keyValueRow('big', 'x'.repeat(2049))] })).toEqual(['metadata.0.value']);
  });

  it('flags an invalid env var name on its row, ignoring blank rows', () => {
    const envVars = [keyValueRow(), keyValueRow('1BAD', 'x')];
    expect(paths({ envVars })).toEqual(['envVars.1.key']);
  });

  it('flags invalid network rules on their rows with the reason', () => {
    const errors = errorsFor({
      allowOut: [ruleRow('api.openai.com'), ruleRow('https://example.com/x')],
      denyOut: [ruleRow('example.com')],
    });
    expect(errors.map((e) => e.path)).toEqual(['allowOut.1.value', 'denyOut.0.value']);
    expect(errors[0]?.message).toMatch(/URL/);
    expect(errors[1]?.message).toMatch(/CIDR/);
  });
});
