'use client';

import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { CONSOLE_COMMAND_ID } from '@/lib/detail/console-target';
import { EXEC_DEFAULT_TIMEOUT_S, EXEC_DEFAULT_WORKING_DIR } from '@/lib/contract/limits';
import { stepHistory, type HistoryEntry } from '@/lib/detail/exec-history';
import { buildExecRequest, type ExecInput, type ExecInputErrors } from '@/lib/detail/exec-session';
import type { ExecRequest } from '@/lib/contract';

export type ExecFormProps = {
  values: ExecInput;
  onChange: (values: ExecInput) => void;
  onRun: (request: ExecRequest) => void;
  onStop: () => void;
  running: boolean;
  /** Why commands cannot run right now (a failed sandbox…); the Run button is disabled with it. */
  blockedReason?: string;
  history: readonly HistoryEntry[];
};

export function entryToInput(entry: HistoryEntry): ExecInput {
  return {
    command: entry.command,
    workingDir: entry.working_dir ?? '',
    timeout: entry.timeout_s === undefined ? '' : String(entry.timeout_s),
  };
}

/** The command line, its two options, and Run (or Stop while a command runs). ↑/↓ walk the history. */
export function ExecForm({
  values,
  onChange,
  onRun,
  onStop,
  running,
  blockedReason,
  history,
}: ExecFormProps) {
  const [errors, setErrors] = useState<ExecInputErrors>({});
  // -1: the line being typed; 0…n: a history entry. The typed line is kept to come back to, as shells do.
  const position = useRef(-1);
  const draft = useRef<ExecInput>(values);

  function update(patch: Partial<ExecInput>) {
    position.current = -1;
    const next = { ...values, ...patch };
    if (Object.keys(errors).length > 0) {
      const checked = buildExecRequest(next);
      setErrors(checked.ok ? {} : checked.errors);
    }
    onChange(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (running || blockedReason) return;
    const checked = buildExecRequest(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    position.current = -1;
    onRun(checked.request);
  }

  function walkHistory(event: KeyboardEvent<HTMLInputElement>) {
    const direction = event.key === 'ArrowUp' ? 'older' : event.key === 'ArrowDown' ? 'newer' : undefined;
    if (!direction) return;
    const next = stepHistory(position.current, direction, history.length);
    if (next === undefined) return;
    event.preventDefault();
    if (position.current === -1) draft.current = values;
    position.current = next;
    const entry = history[next];
    onChange(next === -1 || !entry ? draft.current : entryToInput(entry));
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Run a command" className="flex flex-col gap-3">
      <div className="flex items-start gap-2">
        <Field
          label="Command"
          id={CONSOLE_COMMAND_ID}
          hideLabel
          error={errors.command}
          className="min-w-0 flex-1"
        >
          <div className="relative">
            <span
              aria-hidden="true"
              className="text-fg-subtle pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 font-mono text-sm"
            >
              $
            </span>
            <Input
              value={values.command}
              onChange={(event) => update({ command: event.target.value })}
              onKeyDown={walkHistory}
              placeholder="ls -la"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              aria-keyshortcuts="ArrowUp ArrowDown"
              className="pl-7 font-mono text-[13px]"
            />
          </div>
        </Field>
        {/*
          Distinct keys: React must not turn the clicked Stop into Run in place. Stopping settles within the
          click's microtasks, and the browser would then run a submit button's default action: a second run.
        */}
        {running ? (
          <Button key="stop" variant="secondary" onClick={onStop}>
            <span aria-hidden="true" className="bg-danger size-2.5 rounded-[2px]" />
            Stop
          </Button>
        ) : (
          <Button key="run" type="submit" disabled={Boolean(blockedReason)}>
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-3.5">
              <path d="M6 4.2v11.6a.8.8 0 0 0 1.2.7l9.3-5.8a.8.8 0 0 0 0-1.4L7.2 3.5A.8.8 0 0 0 6 4.2Z" />
            </svg>
            Run
          </Button>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Field label="Working directory" error={errors.workingDir} labelAside="Optional">
          <Input
            value={values.workingDir}
            onChange={(event) => update({ workingDir: event.target.value })}
            placeholder={EXEC_DEFAULT_WORKING_DIR}
            autoComplete="off"
            spellCheck={false}
            className="font-mono text-[13px]"
          />
        </Field>
        <Field label="Timeout (seconds)" error={errors.timeout} labelAside="Optional">
          <Input
            value={values.timeout}
            onChange={(event) => update({ timeout: event.target.value })}
            placeholder={String(EXEC_DEFAULT_TIMEOUT_S)}
            inputMode="numeric"
            autoComplete="off"
          />
        </Field>
      </div>
    </form>
  );
}
