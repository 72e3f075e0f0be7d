'use client';

import Link from 'next/link';
import { LifetimeCountdown } from '@/components/sandboxes/lifetime-countdown';
import { StatusBadge } from '@/components/sandboxes/status-badge';
import { Card, CardHeader } from '@/components/ui/card';
import type { SandboxListItem } from '@/lib/contract';
import { useNow } from '@/lib/client/use-now';
import { endingSoon } from '@/lib/overview/ending-soon';
import { SectionLoading } from './section-states';

/** Enough to act on; the rest are one click away in the list. */
const SHOWN = 8;

/**
 * Sandboxes whose lifetime ends within the hour, soonest first, each counting down live and linking to its
 * page. Which ones qualify is re-checked every 15 s; the countdowns tick every second on their own.
 */
export function EndingSoonCard({ sandboxes }: { sandboxes: readonly SandboxListItem[] }) {
  const now = useNow(15_000);
  const soon = now === null ? null : endingSoon(sandboxes, now);
  return (
    <Card aria-labelledby="ending-heading">
      <CardHeader
        id="ending-heading"
        title="Ending soon"
        description="Lifetimes that end within the next hour."
      />
      {soon === null ? (
        <SectionLoading label="Loading the lifetimes ending soon" lines={2} />
      ) : soon.length === 0 ? (
        <p className="text-fg-muted px-5 py-4 text-sm">No sandbox’s lifetime ends within the hour.</p>
      ) : (
        <ul aria-label="Sandboxes ending soon, soonest first" className="divide-line divide-y">
          {soon.slice(0, SHOWN).map(({ sandbox }) => (
            <li key={sandbox.id} className="flex items-center gap-3 px-5 py-2.5 text-sm">
              <Link
                href={`/sandboxes/${encodeURIComponent(sandbox.id)}`}
                className="text-accent-text min-w-0 flex-1 truncate font-medium hover:underline"
              >
                {sandbox.name}
              </Link>
              <StatusBadge status={sandbox.status} />
              <LifetimeCountdown
                createdAt={sandbox.created_at}
                timeoutSeconds={sandbox.timeout_seconds}
                className="text-xs"
              />
            </li>
          ))}
          {soon.length > SHOWN ? (
            <li className="text-fg-muted px-5 py-2.5 text-xs">
              and {soon.length - SHOWN} more ending within the hour
            </li>
          ) : null}
        </ul>
      )}
    </Card>
  );
}
