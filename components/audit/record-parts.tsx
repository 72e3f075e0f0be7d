import Link from 'next/link';

import { AbsoluteTime } from '@/components/ui/absolute-time';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { actorName, describeOutcome, targetName } from '@/lib/audit-view/describe';
import type { AuditRecord } from '@/lib/audit-view/record';

/** The pieces of a record both the /audit table and a sandbox's Activity card show. */

const OUTCOME_TONE: Record<AuditRecord['outcome'], BadgeTone> = {
  success: 'success',
  failure: 'danger',
  unknown: 'warning',
};

const OUTCOME_WORD: Record<AuditRecord['outcome'], string> = {
  success: 'Succeeded',
  failure: 'Failed',
  unknown: 'Unknown',
};

/** "Failed 404" with the full evidence (status and error code) on hover and for screen readers. */
export function OutcomeBadge({ record }: { record: AuditRecord }) {
  const full = describeOutcome(record);
  const short =
    record.status === null
      ? OUTCOME_WORD[record.outcome]
      : `${OUTCOME_WORD[record.outcome]} ${record.status}`;
  return (
    <Badge tone={OUTCOME_TONE[record.outcome]} dot title={full}>
      <span aria-hidden="true">{short}</span>
      <span className="sr-only">{full}</span>
    </Badge>
  );
}

export function ActorLabel({ record }: { record: AuditRecord }) {
  return (
    <span className="flex min-w-0 flex-col">
      <span className="text-fg truncate">{actorName(record.actor)}</span>
      {record.actor.role ? <span className="text-fg-subtle text-xs">{record.actor.role}</span> : null}
    </span>
  );
}

/** A sandbox target links to its page; the rest are text. */
export function TargetLabel({ record }: { record: AuditRecord }) {
  const { target } = record;
  const name = targetName(target);
  const kind = target.type ? <span className="text-fg-subtle text-xs">{target.type}</span> : null;
  const title = [target.name, target.id].filter(Boolean).join(' · ') || undefined;
  return (
    <span className="flex min-w-0 flex-col" title={title}>
      {target.type === 'sandbox' && target.id ? (
        <Link
          href={`/sandboxes/${encodeURIComponent(target.id)}`}
          className="text-accent-text truncate hover:underline"
        >
          {name}
        </Link>
      ) : (
        <span className="text-fg truncate">{name}</span>
      )}
      {kind}
    </span>
  );
}

/** The exact time, in the zone the viewer chose, with the instant machine-readable. */
export function RecordTime({ at, className }: { at: number; className?: string }) {
  return <AbsoluteTime value={at} className={className} />;
}
