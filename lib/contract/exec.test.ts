import { describe, expect, it } from 'vitest';
import { ExecRequestSchema, ExecResultSchema, ExecStreamEventSchema } from './exec';
import { fieldErrors } from './test-helpers';

describe('ExecRequestSchema', () => {
  it('accepts the SDK body', () => {
    const body = { command: 'ls -la', working_dir: '/tmp', env: { A: '1' }, timeout_s: 120 };
    expect(ExecRequestSchema.parse(body)).toEqual(body);
  });
  it('accepts fields a newer SDK may send, and leaves them out of its output (they are not forwarded)', () => {
    expect(ExecRequestSchema.parse({ command: 'python3', args: ['-V'], user: 'root' })).toEqual({
      command: 'python3',
      args: ['-V'],
    });
  });
  it('keeps env names such as __proto__ and constructor as ordinary keys', () => {
    const env = JSON.parse('{"__proto__":"a","constructor":"b","hasOwnProperty":"c","prototype":"d"}');
    const parsed = ExecRequestSchema.parse({ command: 'env', env });
    expect(Object.entries(parsed.env ?? {})).toEqual(Object.entries(env));
  });
  it('requires a non-empty command', () => {
    expect(fieldErrors(ExecRequestSchema, {})).toEqual([{ path: 'command', message: 'command is required' }]);
    expect(fieldErrors(ExecRequestSchema, { command: '' })).toEqual([
      { path: 'command', message: 'command is required' },
    ]);
  });
  it.each([
    [0, 'timeout_s must be at least 1 second'],
    [-1, 'timeout_s must be at least 1 second'],
    [2.5, 'timeout_s must be a whole number of seconds'],
    ['30', 'timeout_s must be a number of seconds'],
  ])('rejects timeout_s %j', (timeout, message) => {
    expect(fieldErrors(ExecRequestSchema, { command: 'ls', timeout_s: timeout })).toEqual([
      { path: 'timeout_s', message },
    ]);
  });
  it('rejects non-string env values and args', () => {
    expect(fieldErrors(ExecRequestSchema, { command: 'ls', env: { A: 1 } })).toEqual([
      { path: 'env.A', message: 'env values must be strings' },
    ]);
    expect(fieldErrors(ExecRequestSchema, { command: 'ls', args: 'x' })).toEqual([
      { path: 'args', message: 'args must be a list of strings' },
    ]);
  });
});

describe('exec responses', () => {
  it('parses a result with a non-zero exit code and keeps extras', () => {
    expect(
      ExecResultSchema.parse({ stdout: '', stderr: 'sh: x: not found\n', exit_code: 127, took_ms: 3 }),
    ).toEqual({
      stdout: '',
      stderr: 'sh: x: not found\n',
      exit_code: 127,
      took_ms: 3,
    });
  });
  it('defaults missing output to empty strings but needs the exit code', () => {
    expect(ExecResultSchema.parse({ exit_code: 0 })).toEqual({ stdout: '', stderr: '', exit_code: 0 });
    expect(ExecResultSchema.safeParse({ stdout: 'x' }).success).toBe(false);
  });
  it.each([
    { stdout: 'hi\n', timestamp: '2026-05-01T10:00:00Z' },
    { stderr: 'warn\n', timestamp: '2026-05-01T10:00:00Z' },
    { exit_code: 0, finished: true, timestamp: '2026-05-01T10:00:00Z' },
    { code: 'exec_failed', error: 'VM vanished', finished: true },
  ])('parses the stream event %j', (event) => {
    expect(ExecStreamEventSchema.parse(event)).toEqual(event);
  });
});
