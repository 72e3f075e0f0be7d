import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { BoxIcon, PlusIcon } from '@/components/ui/icons';

const STEPS = [
  { title: 'Create a sandbox', text: 'Pick a template, a lifetime and the network it may reach.' },
  { title: 'Run code in it', text: 'Open its console, or connect from the SDK or the CLI.' },
  {
    title: 'Pause it when idle',
    text: 'A paused sandbox keeps its files and memory and resumes in moments.',
  },
];

/**
 * No sandbox exists yet: instead of empty charts, how to begin. A role that can't create is told who can,
 * instead of being offered a form it can't send.
 */
export function FirstRun({ canCreate }: { canCreate: boolean }) {
  return (
    <Card aria-labelledby="first-run-heading" className="px-6 py-8 sm:px-10">
      <div className="flex flex-col gap-6 lg:flex-row lg:items-center lg:gap-12">
        <div className="flex max-w-md flex-col items-start gap-3">
          <div className="border-line bg-accent-soft text-accent-text flex size-11 items-center justify-center rounded-full border [&_svg]:size-5">
            <BoxIcon />
          </div>
          <h2 id="first-run-heading" className="text-fg text-lg font-semibold">
            Create your first sandbox
          </h2>
          <p className="text-fg-muted text-sm">
            A sandbox is an isolated microVM with its own filesystem, network rules and environment. Once one
            exists, this page shows what runs, what it uses and what ends soon.
          </p>
          {canCreate ? (
            <Link href="/sandboxes/new" className={buttonClasses()}>
              <PlusIcon />
              New sandbox
            </Link>
          ) : (
            <p className="text-fg-muted text-sm">Sandboxes appear here once an operator creates one.</p>
          )}
        </div>
        <ol className="flex flex-1 flex-col gap-4">
          {STEPS.map((step, index) => (
            <li key={step.title} className="flex gap-3">
              <span
                aria-hidden="true"
                className="bg-surface-muted text-fg-muted border-line flex size-7 shrink-0 items-center justify-center rounded-full border text-xs font-semibold"
              >
                {index + 1}
              </span>
              <span className="flex flex-col">
                <span className="text-fg text-sm font-medium">{step.title}</span>
                <span className="text-fg-muted text-sm">{step.text}</span>
              </span>
            </li>
          ))}
        </ol>
      </div>
    </Card>
  );
}
