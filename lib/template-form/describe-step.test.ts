import { describe, expect, it } from 'vitest';
import { describeStep } from './describe-step';

describe('describeStep', () => {
  it('reads each kind in Dockerfile words', () => {
    expect(describeStep({ run: 'ls' })).toBe('RUN ls');
    expect(describeStep({ run: 'a && \\\n b && \\\n c' })).toBe('RUN a && \\ (+2 more lines)');
    expect(describeStep({ env: { key: 'A', value: '1' } })).toBe('ENV A=1');
    expect(describeStep({ workdir: '/srv' })).toBe('WORKDIR /srv');
    expect(describeStep({ user: { name: 'app', sudo: true } })).toBe('USER app (sudo)');
    expect(describeStep({ user: { name: 'app' } })).toBe('USER app');
  });
});
