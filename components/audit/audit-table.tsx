import { Skeleton } from '@/components/ui/skeleton';
import { Table, TBody, THead, Tr } from '@/components/ui/table';
import { actionLabel } from '@/lib/audit-view/actions';
import { describeDetails } from '@/lib/audit-view/describe';
import type { AuditRecord } from '@/lib/audit-view/record';
import { ActorLabel, OutcomeBadge, RecordTime, TargetLabel } from './record-parts';

const HEADS = ['Time', 'Actor', 'Action', 'Target', 'Outcome', 'Details'] as const;

function Head() {
  return (
    <THead>
      <Tr>
        {HEADS.map((head) => (
          <th
            key={head}
            scope="col"
            className="text-fg-muted h-10 px-3 text-xs font-medium whitespace-nowrap first:pl-4"
          >
            {head}
          </th>
        ))}
      </Tr>
    </THead>
  );
}

const cell = 'px-3 py-2 align-top first:pl-4';

function Row({ record }: { record: AuditRecord }) {
  const details = describeDetails(record);
  const request = [record.ip, record.requestId ? `request ${record.requestId.slice(0, 8)}` : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tr>
      <td className={`${cell} text-fg-muted whitespace-nowrap tabular-nums`}>
        <RecordTime at={record.at} />
      </td>
      <td className={`${cell} max-w-56`}>
        <ActorLabel record={record} />
      </td>
      <td className={cell}>
        <span className="text-fg block whitespace-nowrap">{actionLabel(record.action)}</span>
        <code className="text-fg-subtle font-mono text-xs">{record.action}</code>
      </td>
      <td className={`${cell} max-w-56`}>
        <TargetLabel record={record} />
      </td>
      <td className={cell}>
        <OutcomeBadge record={record} />
      </td>
      <td className={`${cell} max-w-md`}>
        {details ? <code className="text-fg block font-mono text-xs break-all">{details}</code> : null}
        {request ? (
          <span className="text-fg-subtle block text-xs" title={record.userAgent ?? undefined}>
            {request}
          </span>
        ) : null}
      </td>
    </Tr>
  );
}

/** The records of one page, newest first. */
export function AuditTable({ records, busy }: { records: readonly AuditRecord[]; busy: boolean }) {
  return (
    <div aria-busy={busy || undefined} className={busy ? 'opacity-60 transition-opacity' : undefined}>
      <Table label="Audit records, newest first">
        <Head />
        <TBody>
          {records.map((record) => (
            <Row key={record.id} record={record} />
          ))}
        </TBody>
      </Table>
    </div>
  );
}

/** The table's shape while the first page loads. */
export function AuditTableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div role="status" aria-label="Loading the audit log">
      <Table>
        <Head />
        <TBody>
          {Array.from({ length: rows }, (_, i) => (
            <Tr key={i}>
              {HEADS.map((head) => (
                <td key={head} className={cell}>
                  <Skeleton className="h-4 w-24" />
                </td>
              ))}
            </Tr>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
