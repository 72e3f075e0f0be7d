import { describe, expect, test } from 'vitest';
import { describeStep } from './step-view';

describe('describeStep', () => {
  test('names each kind of step and says what it does', () => {
    expect(describeStep({ run: 'apt-get install -y git' })).toEqual({
      kind: 'run',
      label: 'RUN',
      text: 'apt-get install -y git',
    });
    expect(describeStep({ env: { key: 'PORT', value: '8080' } })).toEqual({
      kind: 'env',
      label: 'ENV',
      text: 'PORT=8080',
    });
    expect(describeStep({ workdir: '/srv/app' })).toMatchObject({ kind: 'workdir', text: '/srv/app' });
    expect(describeStep({ user: { name: 'app', sudo: true } })).toMatchObject({
      kind: 'user',
      text: 'app (with sudo)',
    });
    expect(describeStep({ user: { name: 'app' } })).toMatchObject({ text: 'app' });
  });

  test('an env step with an empty value keeps the equals sign', () => {
    expect(describeStep({ env: { key: 'EMPTY', value: '' } }).text).toBe('EMPTY=');
  });

  test('a shape this version does not know is shown as it came, not dropped', () => {
    expect(describeStep({ copy: { src: 'a', dest: 'b' } })).toEqual({
      kind: 'unknown',
      label: 'STEP',
      text: '{"copy":{"src":"a","dest":"b"}}',
    });
    expect(describeStep('RUN make').text).toBe('"RUN make"');
    expect(describeStep(null).kind).toBe('unknown');
  });
});
