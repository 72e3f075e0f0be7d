'use client';

import { useEffect, useState } from 'react';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { InfoIcon } from '@/components/ui/icons';
import type { ExecRequest } from '@/lib/contract';
import { RESTARTING_MESSAGE } from '@/lib/contract/restarting';
import { CONSOLE_COMMAND_ID } from '@/lib/detail/console-target';
import {
  addToHistory,
  loadHistory,
  saveHistory,
  toHistoryEntry,
  type HistoryEntry,
} from '@/lib/detail/exec-history';
import type { ExecInput } from '@/lib/detail/exec-session';
import { canRun } from '@/lib/sandbox/actions';
import { ReadOnlyNote } from '../read-only-note';
import { useSandboxAccess } from '../use-sandbox-access';
import { ExecForm, entryToInput } from './exec-form';
import { ExecHistoryList } from './exec-history-list';
import { ExecOutput } from './exec-output';
import { type ServerState, useExecSession } from './use-exec-session';

const EXAMPLES = ['ls -la', 'echo $HOME && whoami', 'echo start; sleep 3; echo done', 'cat /etc/os-release'];

/** Why a command cannot run in this state, or undefined when it can (paused resumes first; see the notice). */
function blockedReason(status: string): string | undefined {
  if (canRun('exec', status)) return undefined;
  if (status === 'failed') return 'A failed sandbox can’t run commands. Delete it and create a new one.';
  if (status === 'pausing') return 'The sandbox is pausing. Resume it once it is paused to run commands.';
  if (status === 'starting') return 'The sandbox is starting. Commands can run once it is active.';
  return 'Commands can run once the sandbox is active.';
}

function storage(): Storage | undefined {
  return typeof window === 'undefined' ? undefined : window.sessionStorage;
}

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p className="border-info-line bg-info-soft text-fg rounded-control flex items-start gap-2 border px-3 py-2 text-sm">
      <InfoIcon className="text-info-text mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

/** What the console says about the dashboard's server after it restarted mid-run (polite: it is not an error). */
const SERVER_WORDS: Record<ServerState, string> = {
  up: '',
  restarting: RESTARTING_MESSAGE,
  back: 'The dashboard is back. You can run the command again.',
};

const CONSOLE_DESCRIPTION =
  'Runs a command with /bin/sh in the sandbox. Output streams in as it is produced.';

/**
 * Run commands in the sandbox and watch their output stream in. A role that can't exec gets the card with the
 * reason instead of the form: the page stays complete, and nothing on it invites a command that would be refused.
 */
export function ExecConsole({ sandboxId, status }: { sandboxId: string; status: string }) {
  const exec = useSandboxAccess().access('exec', status);
  if (exec.kind !== 'forbidden') return <CommandConsole sandboxId={sandboxId} status={status} />;
  return (
    <Card aria-labelledby="console-heading">
      <CardHeader id="console-heading" title="Console" description={CONSOLE_DESCRIPTION} />
      <CardBody>
        <ReadOnlyNote reason={exec.reason} />
      </CardBody>
    </Card>
  );
}

function CommandConsole({ sandboxId, status }: { sandboxId: string; status: string }) {
  const session = useExecSession(sandboxId, status);
  const [values, setValues] = useState<ExecInput>({ command: '', workingDir: '', timeout: '' });
  const [history, setHistory] = useState<HistoryEntry[]>(() => {
    const store = storage();
    return store ? loadHistory(store, sandboxId) : [];
  });
  // Until the server answers again a command would only fail; what was typed stays in the field meanwhile.
  const blocked = blockedReason(status) ?? (session.server === 'restarting' ? RESTARTING_MESSAGE : undefined);
  const interrupted = session.run?.status === 'interrupted';

  // The Stop button the keyboard was on is gone with the run: the command line gets the focus back.
  useEffect(() => {
    if (interrupted && (document.activeElement === null || document.activeElement === document.body)) {
      document.getElementById(CONSOLE_COMMAND_ID)?.focus();
    }
  }, [interrupted]);

  function updateHistory(next: HistoryEntry[]) {
    setHistory(next);
    const store = storage();
    if (store) saveHistory(store, sandboxId, next);
  }

  function run(request: ExecRequest) {
    updateHistory(addToHistory(history, toHistoryEntry(request)));
    session.start(request);
  }

  return (
    <Card aria-labelledby="console-heading">
      <CardHeader id="console-heading" title="Console" description={CONSOLE_DESCRIPTION} />
      <CardBody className="flex flex-col gap-4">
        {status === 'paused' ? (
          <Notice>
            This sandbox is paused. Running a command{' '}
            <strong className="font-medium">resumes it first</strong>, and it stays active afterwards.
          </Notice>
        ) : null}
        {status === 'resuming' ? <Notice>The sandbox is resuming; a command waits for it.</Notice> : null}
        {session.server === 'up' ? null : (
          <div data-testid="console-server-state">
            <Notice>{SERVER_WORDS[session.server]}</Notice>
          </div>
        )}
        {/* Always there, so that its changes are announced; out of the layout (no gap while it is empty). */}
        <p role="status" className="sr-only">
          {SERVER_WORDS[session.server]}
        </p>
        {blocked && blocked !== RESTARTING_MESSAGE ? <Notice>{blocked}</Notice> : null}
        <ExecForm
          values={values}
          onChange={setValues}
          onRun={run}
          onStop={session.stop}
          running={session.running}
          blockedReason={blocked}
          history={history}
        />
        {session.run ? (
          <ExecOutput run={session.run} />
        ) : (
          <div className="border-line rounded-control text-fg-muted flex flex-wrap items-center gap-2 border border-dashed px-4 py-4 text-sm">
            <span>Output appears here. Try</span>
            {EXAMPLES.map((example) => (
              <button
                key={example}
                type="button"
                onClick={() => setValues({ ...values, command: example })}
                className="rounded-control border-line text-fg-muted hover:bg-surface-hover hover:text-fg border px-2 py-0.5 font-mono text-xs"
              >
                {example}
              </button>
            ))}
          </div>
        )}
        <ExecHistoryList
          history={history}
          disabled={session.running || Boolean(blocked)}
          onPick={(entry) => setValues(entryToInput(entry))}
          onRerun={(entry) => {
            setValues(entryToInput(entry));
            run(entry);
          }}
          onClear={() => updateHistory([])}
        />
      </CardBody>
    </Card>
  );
}
