/**
 * One command run through `exec/stream`, as the console shows it: the output as it arrives (stdout and stderr
 * kept apart, in order), then the exit code and how long it took — or why it ended early.
 *
 * Pure: a reducer fed with the SSE events (see API-NOTES "exec/stream") and the client's own milestones, so
 * every way a run can end has a unit test and the component only renders.
 */
import { ExecStreamEventSchema, type ExecRequest } from '@/lib/contract';
import { isRestartingEvent } from '@/lib/contract/restarting';

export type OutputStream = 'stdout' | 'stderr';
export type OutputChunk = { stream: OutputStream; text: string };

/** `interrupted`: the dashboard's server restarted mid-run and ended the stream (lib/contract/restarting). */
export type ExecRunStatus = 'connecting' | 'running' | 'finished' | 'stopped' | 'failed' | 'interrupted';

export type ExecRun = {
  command: string;
  request: ExecRequest;
  status: ExecRunStatus;
  /** Consecutive output of the same stream is merged, so a chatty command stays a short list. */
  chunks: OutputChunk[];
  /** Characters dropped from the start to keep the page responsive under huge output. */
  trimmedChars: number;
  exitCode?: number;
  /** Why the run failed (refused, connection lost, `exec_failed`) or was interrupted. */
  error?: string;
  startedAt: number;
  endedAt?: number;
};

/** Enough for any output a person reads in a browser; beyond it the oldest text goes. */
export const MAX_OUTPUT_CHARS = 200_000;

/** coreutils `timeout` and the API use 124 for a command killed by its timeout. */
export const TIMEOUT_EXIT_CODE = 124;

export type ExecAction =
  | { type: 'start'; request: ExecRequest; at: number }
  | { type: 'event'; data: unknown; at: number }
  | { type: 'stopped'; at: number }
  | { type: 'failed'; message: string; at: number }
  /** The stream closed; without a final event first, the connection was lost mid-run. */
  | { type: 'ended'; at: number };

export function isRunning(run: ExecRun | null): boolean {
  return run !== null && (run.status === 'connecting' || run.status === 'running');
}

/** Appends output, merging with the last chunk of the same stream and trimming the oldest text past the cap. */
export function appendOutput(
  run: Pick<ExecRun, 'chunks' | 'trimmedChars'>,
  stream: OutputStream,
  text: string,
  max = MAX_OUTPUT_CHARS,
): Pick<ExecRun, 'chunks' | 'trimmedChars'> {
  if (text === '') return run;
  const chunks = [...run.chunks];
  const last = chunks[chunks.length - 1];
  if (last && last.stream === stream) chunks[chunks.length - 1] = { stream, text: last.text + text };
  else chunks.push({ stream, text });

  let total = chunks.reduce((sum, chunk) => sum + chunk.text.length, 0);
  let trimmedChars = run.trimmedChars;
  while (total > max && chunks.length > 0) {
    const first = chunks[0] as OutputChunk;
    const excess = total - max;
    if (first.text.length <= excess) {
      chunks.shift();
      total -= first.text.length;
      trimmedChars += first.text.length;
    } else {
      chunks[0] = { stream: first.stream, text: first.text.slice(excess) };
      total -= excess;
      trimmedChars += excess;
    }
  }
  return { chunks, trimmedChars };
}

/**
 * Said when the server restarted mid-run. The stream is gone, not the command: in the embedded API closing the
 * stream stops it, but the real API may keep running it, so the words can't promise either.
 */
export const INTERRUPTED_MESSAGE =
  'The server restarted, so this command’s output stream ended. The output above may be incomplete, and the command may still be running in the sandbox.';

function applyEvent(run: ExecRun, data: unknown, at: number): ExecRun {
  if (isRestartingEvent(data)) {
    return { ...run, status: 'interrupted', error: INTERRUPTED_MESSAGE, endedAt: at };
  }
  const parsed = ExecStreamEventSchema.safeParse(data);
  // Anything that is not an event object (a keep-alive, a stray line) is ignored rather than shown.
  if (!parsed.success) return run;
  const event = parsed.data;
  let next: ExecRun = run.status === 'connecting' ? { ...run, status: 'running' } : run;
  if (typeof event.stdout === 'string') next = { ...next, ...appendOutput(next, 'stdout', event.stdout) };
  if (typeof event.stderr === 'string') next = { ...next, ...appendOutput(next, 'stderr', event.stderr) };
  if (event.finished) {
    if (typeof event.exit_code === 'number') {
      return { ...next, status: 'finished', exitCode: event.exit_code, endedAt: at };
    }
    const message = event.error ?? 'The command could not be run in the sandbox.';
    return { ...next, status: 'failed', error: message, endedAt: at };
  }
  return next;
}

export function execReducer(run: ExecRun | null, action: ExecAction): ExecRun | null {
  if (action.type === 'start') {
    return {
      command: action.request.command,
      request: action.request,
      status: 'connecting',
      chunks: [],
      trimmedChars: 0,
      startedAt: action.at,
    };
  }
  // Events after the run ended (a late chunk after Stop) change nothing.
  if (!run || !isRunning(run)) return run;
  switch (action.type) {
    case 'event':
      return applyEvent(run, action.data, action.at);
    case 'stopped':
      return { ...run, status: 'stopped', endedAt: action.at };
    case 'failed':
      return { ...run, status: 'failed', error: action.message, endedAt: action.at };
    case 'ended':
      return {
        ...run,
        status: 'failed',
        error: 'The connection closed before the command finished. It may still be running in the sandbox.',
        endedAt: action.at,
      };
  }
}

export type ExitSummary = { label: string; tone: 'success' | 'danger' | 'warning' | 'neutral' };

/** What the console's footer says about how the run ended. */
export function exitSummary(run: ExecRun): ExitSummary | undefined {
  if (run.status === 'finished' && run.exitCode !== undefined) {
    if (run.exitCode === 0) return { label: 'Exit code 0', tone: 'success' };
    if (run.exitCode === TIMEOUT_EXIT_CODE) {
      return { label: `Timed out · exit code ${TIMEOUT_EXIT_CODE}`, tone: 'warning' };
    }
    return { label: `Exit code ${run.exitCode}`, tone: 'danger' };
  }
  if (run.status === 'stopped') return { label: 'Stopped', tone: 'neutral' };
  if (run.status === 'interrupted') return { label: 'Interrupted', tone: 'warning' };
  if (run.status === 'failed') return { label: 'Failed', tone: 'danger' };
  return undefined;
}

export type ExecInput = { command: string; workingDir: string; timeout: string };
export type ExecInputErrors = Partial<Record<keyof ExecInput, string>>;

/** The console's fields → the exec request, or a message per field. Blank optional fields are left out. */
export function buildExecRequest(
  input: ExecInput,
): { ok: true; request: ExecRequest } | { ok: false; errors: ExecInputErrors } {
  const errors: ExecInputErrors = {};
  const command = input.command.trim();
  if (command === '') errors.command = 'Enter a command to run';
  const workingDir = input.workingDir.trim();
  if (workingDir !== '' && !workingDir.startsWith('/')) {
    errors.workingDir = 'Use an absolute path, e.g. /home/user/app';
  }
  const timeoutText = input.timeout.trim();
  const timeout = Number(timeoutText);
  if (timeoutText !== '' && (!/^\d+$/.test(timeoutText) || timeout < 1)) {
    errors.timeout = 'Enter a whole number of seconds, 1 or more';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const request: ExecRequest = { command };
  if (workingDir !== '') request.working_dir = workingDir;
  if (timeoutText !== '') request.timeout_s = timeout;
  return { ok: true, request };
}
