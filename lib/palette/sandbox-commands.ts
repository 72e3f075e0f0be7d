/**
 * What the command palette offers on a sandbox's page: its lifecycle actions, the console and copying its id,
 * only as its state and the person's role allow, by the one table of lib/sandbox/actions (the header's buttons
 * ask the same table, so the palette never offers what the page wouldn't).
 */
import { LIFECYCLE_WORDS, actionAccess, type LifecycleAction } from '@/lib/sandbox/actions';

export type SandboxCommand = LifecycleAction | 'console' | 'copy-id';

export type SandboxCommandItem = { command: SandboxCommand; label: string; keywords: readonly string[] };

const LIFECYCLE_KEYWORDS: Record<LifecycleAction, readonly string[]> = {
  pause: ['stop', 'suspend', 'snapshot'],
  resume: ['start', 'wake', 'continue'],
  delete: ['remove', 'destroy'],
};

/** The commands for one sandbox, in the order the palette lists them. */
export function sandboxCommands(
  role: string | null | undefined,
  sandbox: { name: string; status: string },
): SandboxCommandItem[] {
  const items: SandboxCommandItem[] = [];
  for (const action of ['pause', 'resume', 'delete'] as const) {
    if (actionAccess(role, action, sandbox.status).kind !== 'ready') continue;
    items.push({
      command: action,
      label: `${LIFECYCLE_WORDS[action].verb} ${sandbox.name}`,
      keywords: LIFECYCLE_KEYWORDS[action],
    });
  }
  if (actionAccess(role, 'exec', sandbox.status).kind === 'ready') {
    items.push({
      command: 'console',
      label: 'Open the console',
      keywords: ['exec', 'run', 'command', 'shell'],
    });
  }
  items.push({ command: 'copy-id', label: 'Copy the sandbox’s id', keywords: ['uuid', 'clipboard'] });
  return items;
}
