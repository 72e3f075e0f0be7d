import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AuditRecord } from '@/lib/audit-view/record';
import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';

import { CSV_COLUMNS, csvField, csvStream, recordRow } from './csv';
import { createAuditLog } from './store';

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('leaves null empty and numbers as they are', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(-5)).toBe('-5');
  });

  it.each(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx'])(
    'defuses %j so a spreadsheet shows it instead of running it',
    (value) => {
      expect(csvField(value).replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('writes a record as one CRLF-terminated row in the header’s order', () => {
    const record: AuditRecord = {
      id: 'r1',
      at: Date.UTC(2025, 0, 2, 3, 4, 5),
      actor: { id: 'u1', email: 'ada@example.com', role: 'admin' },
      action: 'sandbox.exec',
      target: { type: 'sandbox', id: 'sb-1', name: 'web, "prod"' },
      outcome: 'success',
      status: 200,
      errorCode: null,
      requestId: 'req-1',
      ip: '203.0.113.7',
      userAgent: 'Mozilla/5.0 (X11, Linux)',
      details: { command: 'echo "a,b"' },
    };
    expect(recordRow(record)).toBe(
      '2025-01-02T03:04:05.000Z,u1,ada@example.com,admin,sandbox.exec,sandbox,sb-1,"web, ""prod""",success,200,,req-1,203.0.113.7,"Mozilla/5.0 (X11, Linux)","{""command"":""echo \\""a,b\\""""}"\r\n',
    );
    expect(CSV_COLUMNS).toHaveLength(15);
  });
});

/** Reads a byte stream to text, one chunk at a time, calling `onChunk` after each. */
async function readAll(stream: ReadableStream<Uint8Array>, onChunk?: (chunks: number) => void) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
    onChunk?.(++chunks);
  }
}

describe.each(testDatabases())('the CSV export on $name', ({ open }) => {
  let database: ConsoleDb;
  let done: () => Promise<void>;
  let queries = 0;

  beforeEach(async () => {
    ({ db: database, done } = await open());
    queries = 0;
  });
  afterEach(() => done());

  /** The audit log over a handle that counts the statements it runs. */
  const countingLog = () =>
    createAuditLog({
      db: database.db.withPlugin({
        transformQuery: ({ node }) => {
          queries += 1;
          return node;
        },
        transformResult: async ({ result }) => result,
      }),
    });

  async function seed(count: number) {
    const T0 = Date.UTC(2025, 0, 1);
    for (let start = 0; start < count; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, count - start) }, (_, k) => {
        const i = start + k;
        return {
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          at: T0 + i * 1000,
          actor_id: 'u1',
          actor_email: 'ada@example.com',
          actor_role: 'operator',
          action: i % 2 ? 'sandbox.pause' : 'sandbox.exec',
          target_type: 'sandbox',
          target_id: `sb-${i % 50}`,
          target_name: `box, "${i}"`,
          outcome: 'success',
          status: 200,
          error_code: null,
          request_id: `req-${i}`,
          ip: '203.0.113.7',
          user_agent: 'Mozilla/5.0',
          details: i % 2 ? null : JSON.stringify({ command: `echo ${i}` }),
        };
      });
      await database.db.insertInto('audit_event').values(rows).execute();
    }
  }

  it(
    'streams 100,000 records a page at a time, never all of them at once',
    { timeout: 120_000 },
    async () => {
      await seed(100_000);
      const audit = countingLog();
      const stream = csvStream(audit.records({}, { pageSize: 1000 }), 500);

      // Counts lines and keeps only the first and last rows: the test itself must not hold the file either.
      const reader = stream.getReader();
      const decoder = new TextDecoder();
      let chunks = 0;
      let lines = 0;
      let bytes = 0;
      let head = '';
      let tail = '';
      let queriesAfterFirstChunk = -1;
      let mostQueriesAhead = 0;
      let heapPeak = 0;
      // With --expose-gc (NODE_OPTIONS=--expose-gc) the samples are live memory, not garbage waiting to go.
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const heapStart = process.memoryUsage().heapUsed;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks += 1;
        bytes += value.byteLength;
        const text = decoder.decode(value);
        lines += text.split('\r\n').length - 1;
        if (chunks === 1) {
          head = text.slice(0, 400);
          queriesAfterFirstChunk = queries;
        }
        tail = text.slice(-400);
        // 500 rows a chunk, 1,000 a page: the reader is never more than a page (and one chunk) ahead.
        mostQueriesAhead = Math.max(mostQueriesAhead, queries - Math.ceil(((chunks + 1) * 500) / 1000));
        if (chunks % 20 === 0) {
          gc?.();
          heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heapStart);
        }
      }

      expect(queriesAfterFirstChunk).toBe(1);
      expect(mostQueriesAhead).toBeLessThanOrEqual(1);
      expect(queries).toBeLessThanOrEqual(101);
      expect(lines).toBe(100_001);
      expect(head.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
      expect(head.split('\r\n')[1]).toMatch(
        /^2025-01-02T03:46:39\.000Z,u1,ada@example\.com,operator,sandbox\.pause,/,
      );
      expect(tail).toContain('"box, ""0"""');
      console.info(
        `[csv export] 100,000 records, ${(bytes / 1e6).toFixed(1)} MB of CSV in ${chunks} chunks, ${queries} queries; ` +
          `heap growth while streaming (sampled every 20 chunks): at most ${(heapPeak / 1e6).toFixed(1)} MB`,
      );
    },
  );

  it('stops reading the database when the download is cancelled', async () => {
    await seed(5000);
    const audit = countingLog();
    const reader = csvStream(audit.records({}, { pageSize: 1000 }), 100).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const before = queries;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(queries).toBe(before);
    expect(queries).toBeLessThanOrEqual(1);
  });

  it('exports only what the filters match', async () => {
    await seed(30);
    const text = await readAll(csvStream(countingLog().records({ target: 'sb-3', action: 'sandbox.*' })));
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',sb-3,"box, ""3""",success,200,,req-3,');
  });
});
