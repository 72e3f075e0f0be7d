import 'server-only';

import type { AuditRecord } from '@/lib/audit-view/record';

/** The export's columns, in order; the first line of every file. */
export const CSV_COLUMNS = [
  'time',
  'actor_id',
  'actor_email',
  'actor_role',
  'action',
  'target_type',
  'target_id',
  'target_name',
  'outcome',
  'status',
  'error_code',
  'request_id',
  'ip',
  'user_agent',
  'details',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. A value a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`: a command text like
 * `=HYPERLINK(…)` in the audit log must not become a live formula on an auditor's machine.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function recordRow(record: AuditRecord): string {
  return csvRow([
    new Date(record.at).toISOString(),
    record.actor.id,
    record.actor.email,
    record.actor.role,
    record.action,
    record.target.type,
    record.target.id,
    record.target.name,
    record.outcome,
    record.status,
    record.errorCode,
    record.requestId,
    record.ip,
    record.userAgent,
    record.details ? JSON.stringify(record.details) : null,
  ]);
}

/**
 * The CSV file as a byte stream that reads the records only as fast as the reader takes them: each pull encodes
 * up to `rowsPerChunk` records, so memory holds one chunk and one database page, never the whole log.
 */
export function csvStream(
  records: AsyncIterable<AuditRecord>,
  rowsPerChunk = 200,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = records[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunk = headerSent ? '' : csvRow(CSV_COLUMNS);
        headerSent = true;
        for (let rows = 0; rows < rowsPerChunk; rows++) {
          const next = await iterator.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += recordRow(next.value);
        }
        controller.enqueue(encoder.encode(chunk));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
