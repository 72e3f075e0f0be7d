import { describe, expect, it } from 'vitest';
import { restartingFrame } from '@/lib/contract/restarting';
import {
  appendOutput,
  buildExecRequest,
  execReducer,
  exitSummary,
  INTERRUPTED_MESSAGE,
  isRunning,
  type ExecAction,
  type ExecRun,
} from './exec-session';

function play(...actions: ExecAction[]): ExecRun | null {
  return actions.reduce<ExecRun | null>(execReducer, null);
}

const start: ExecAction = { type: 'start', request: { command: 'echo hi' }, at: 1000 };
const event = (data: unknown, at = 1100): ExecAction => ({ type: 'event', data, at });

describe('execReducer', () => {
  it('starts connecting and turns running at the first event', () => {
    expect(play(start)).toMatchObject({ command: 'echo hi', status: 'connecting', chunks: [] });
    expect(play(start, event({ stdout: 'a' }))?.status).toBe('running');
    expect(isRunning(play(start))).toBe(true);
  });

  it('keeps stdout and stderr apart and in order, merging consecutive chunks of one stream', () => {
    const run = play(
      start,
      event({ stdout: 'start\n' }),
      event({ stdout: 'more\n' }),
      event({ stderr: 'warn\n' }),
      event({ stdout: 'done\n' }),
    );
    expect(run?.chunks).toEqual([
      { stream: 'stdout', text: 'start\nmore\n' },
      { stream: 'stderr', text: 'warn\n' },
      { stream: 'stdout', text: 'done\n' },
    ]);
  });

  it('finishes with the exit code and the end time', () => {
    const run = play(start, event({ stdout: 'x' }), event({ exit_code: 3, finished: true }, 2500));
    expect(run).toMatchObject({ status: 'finished', exitCode: 3, endedAt: 2500 });
    expect(isRunning(run)).toBe(false);
  });

  it('reports a failure event of the API with its message', () => {
    const run = play(start, event({ code: 'exec_failed', error: 'boom', finished: true }));
    expect(run).toMatchObject({ status: 'failed', error: 'boom' });
  });

  it('ignores data that is not an event', () => {
    const run = play(start, event('keep-alive'), event(42));
    expect(run).toMatchObject({ status: 'connecting', chunks: [] });
  });

  it('a stop ends the run, and later output is not added', () => {
    const run = play(start, event({ stdout: 'a' }), { type: 'stopped', at: 1500 }, event({ stdout: 'late' }));
    expect(run).toMatchObject({
      status: 'stopped',
      endedAt: 1500,
      chunks: [{ stream: 'stdout', text: 'a' }],
    });
  });

  it('a stream that closes without a final event is a lost connection', () => {
    const run = play(start, event({ stdout: 'a' }), { type: 'ended', at: 1500 });
    expect(run?.status).toBe('failed');
    expect(run?.error).toMatch(/connection closed/);
  });

  it('the server restarting interrupts the run, keeping its output, and the stream closing after changes nothing', () => {
    const restarting = JSON.parse(restartingFrame().split('\n')[1]!.slice('data: '.length)) as unknown;
    const run = play(start, event({ stdout: 'start\n' }), event(restarting, 1500), {
      type: 'ended',
      at: 1600,
    });
    expect(run).toMatchObject({
      status: 'interrupted',
      chunks: [{ stream: 'stdout', text: 'start\n' }],
      error: INTERRUPTED_MESSAGE,
      endedAt: 1500,
    });
    expect(INTERRUPTED_MESSAGE).toMatch(/may be incomplete.*may still be running in the sandbox/);
    expect(isRunning(run)).toBe(false);
    expect(exitSummary(run!)).toEqual({ label: 'Interrupted', tone: 'warning' });
  });

  it('a refused request fails with its message, and a new start clears the old run', () => {
    const failed = play(start, { type: 'failed', message: 'Sandbox must be active', at: 1200 });
    expect(failed).toMatchObject({ status: 'failed', error: 'Sandbox must be active' });
    const next = execReducer(failed, { type: 'start', request: { command: 'ls' }, at: 2000 });
    expect(next).toMatchObject({ command: 'ls', status: 'connecting', chunks: [], startedAt: 2000 });
    expect(next?.error).toBeUndefined();
  });
});

describe('appendOutput', () => {
  it('drops the oldest text past the cap and counts what was dropped', () => {
    let state = { chunks: [], trimmedChars: 0 } as Pick<ExecRun, 'chunks' | 'trimmedChars'>;
    state = appendOutput(state, 'stdout', 'aaaa', 10);
    state = appendOutput(state, 'stderr', 'bbbb', 10);
    state = appendOutput(state, 'stdout', 'cccc', 10);
    expect(state.chunks).toEqual([
      { stream: 'stdout', text: 'aa' },
      { stream: 'stderr', text: 'bbbb' },
      { stream: 'stdout', text: 'cccc' },
    ]);
    expect(state.trimmedChars).toBe(2);
    state = appendOutput(state, 'stdout', 'dddddd', 10);
    expect(state.chunks).toEqual([{ stream: 'stdout', text: 'ccccdddddd' }]);
    expect(state.trimmedChars).toBe(8);
  });

  it('ignores empty text', () => {
    const state = { chunks: [], trimmedChars: 0 };
    expect(appendOutput(state, 'stdout', '')).toBe(state);
  });
});

describe('exitSummary', () => {
  const base = play(start) as ExecRun;
  it('tells success, failure, timeout, stop and failure apart', () => {
    expect(exitSummary({ ...base, status: 'finished', exitCode: 0 })).toEqual({
      label: 'Exit code 0',
      tone: 'success',
    });
    expect(exitSummary({ ...base, status: 'finished', exitCode: 2 })?.tone).toBe('danger');
    expect(exitSummary({ ...base, status: 'finished', exitCode: 124 })?.label).toMatch(/Timed out/);
    expect(exitSummary({ ...base, status: 'stopped' })?.label).toBe('Stopped');
    expect(exitSummary({ ...base, status: 'failed' })?.label).toBe('Failed');
    expect(exitSummary(base)).toBeUndefined();
  });
});

describe('buildExecRequest', () => {
  it('sends only the command when the options are blank', () => {
    expect(buildExecRequest({ command: '  ls -la ', workingDir: ' ', timeout: '' })).toEqual({
      ok: true,
      request: { command: 'ls -la' },
    });
  });

  it('adds a working directory and a timeout', () => {
    expect(buildExecRequest({ command: 'pwd', workingDir: '/tmp', timeout: '5' })).toEqual({
      ok: true,
      request: { command: 'pwd', working_dir: '/tmp', timeout_s: 5 },
    });
  });

  it('names each invalid field', () => {
    expect(buildExecRequest({ command: ' ', workingDir: 'tmp', timeout: '1.5' })).toEqual({
      ok: false,
      errors: {
        command: 'Enter a command to run',
        workingDir: 'Use an absolute path, e.g. /home/user/app',
        timeout: 'Enter a whole number of seconds, 1 or more',
      },
    });
    expect(buildExecRequest({ command: 'x', workingDir: '', timeout: '0' })).toMatchObject({ ok: false });
  });
});
