import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AuditRecord } from '@/lib/audit-view/record';
import type { ConsoleDb } from '@/lib/db/connect';
import { testDatabases } from '@/lib/db/test-databases';

import { type AuditLog, createAuditLog, InvalidCursorError } from './store';
import type { AuditEntry } from './types';

const ADA = { id: 'user-ada', email: 'ada@example.com', role: 'admin' };
const OTTO = { id: 'user-otto', email: 'otto@example.com', role: 'operator' };
const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);
const MINUTE = 60_000;

describe.each(testDatabases())('the audit log on $name', ({ open }) => {
  let database: ConsoleDb;
  let done: () => Promise<void>;
  let audit: AuditLog;

  beforeEach(async () => {
    ({ db: database, done } = await open());
    audit = createAuditLog(database);
  });
  afterEach(() => done());

  const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
    actor: OTTO,
    action: 'sandbox.pause',
    target: { type: 'sandbox', id: 'sb-1', name: 'web' },
    requestId: 'req-1',
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0',
    ...overrides,
  });

  const actionsOf = (records: AuditRecord[]) => records.map((record) => record.action);

  describe('recording', () => {
    it('stores a record with outcome unknown until it is completed', async () => {
      const id = await audit.record(entry({ at: T0, details: { command: 'ls -la' } }));
      const [pending] = (await audit.query({ filters: {}, limit: 10 })).records;
      expect(pending).toEqual({
        id,
        at: T0,
        actor: OTTO,
        action: 'sandbox.pause',
        target: { type: 'sandbox', id: 'sb-1', name: 'web' },
        outcome: 'unknown',
        status: null,
        errorCode: null,
        requestId: 'req-1',
        ip: '203.0.113.7',
        userAgent: 'Mozilla/5.0',
        details: { command: 'ls -la' },
      });

      await audit.complete(id, { status: 409, errorCode: 'conflict' });
      const [failed] = (await audit.query({ filters: {}, limit: 10 })).records;
      expect(failed).toMatchObject({ outcome: 'failure', status: 409, errorCode: 'conflict' });
    });

    it('fills in what the answer taught: a created target id, who signed in', async () => {
      const id = await audit.record(
        entry({
          action: 'sandbox.create',
          target: { type: 'sandbox', name: 'new-one' },
          actor: { id: null, email: 'Someone@Example.com', role: null },
        }),
      );
      await audit.complete(id, {
        status: 201,
        target: { id: 'sb-new' },
        actor: { id: 'u-9', role: 'viewer' },
      });
      const [record] = (await audit.query({ filters: {}, limit: 1 })).records;
      expect(record).toMatchObject({
        outcome: 'success',
        status: 201,
        target: { type: 'sandbox', id: 'sb-new', name: 'new-one' },
        actor: { id: 'u-9', email: 'someone@example.com', role: 'viewer' },
      });
    });

    it('names a target known only by its id after the name the log last knew for it', async () => {
      const created = await audit.record(
        entry({ at: T0, action: 'sandbox.create', target: { type: 'sandbox', name: 'web' } }),
      );
      await audit.complete(created, { status: 201, target: { id: 'sb-9' } });
      await audit.record(entry({ at: T0 + 1, target: { type: 'sandbox', id: 'sb-9' } }));
      await audit.record(entry({ at: T0 + 2, target: { type: 'sandbox', id: 'sb-unknown' } }));
      const [unknown, paused] = (await audit.query({ filters: {}, limit: 3 })).records;
      expect(paused!.target).toEqual({ type: 'sandbox', id: 'sb-9', name: 'web' });
      expect(unknown!.target).toEqual({ type: 'sandbox', id: 'sb-unknown', name: null });
    });

    it('keeps long values short', async () => {
      await audit.record(entry({ userAgent: 'x'.repeat(5000), details: { command: 'y'.repeat(20_000) } }));
      const [record] = (await audit.query({ filters: {}, limit: 1 })).records;
      expect(record!.userAgent).toHaveLength(512);
      expect(JSON.stringify(record!.details).length).toBeLessThan(9 * 1024);
    });
  });

  describe('paging', () => {
    beforeEach(async () => {
      // Seven records a minute apart, two of them in the same millisecond (the id breaks the tie).
      for (let i = 0; i < 6; i++) await audit.record(entry({ at: T0 + i * MINUTE, action: `sandbox.a${i}` }));
      await audit.record(entry({ at: T0 + 5 * MINUTE, action: 'sandbox.a5b' }));
    });

    it('pages newest first, down with `older` and back up with `newer`, seeing each record once', async () => {
      const seen: string[] = [];
      let page = await audit.query({ filters: {}, limit: 3 });
      expect(page.newer).toBeNull();
      seen.push(...actionsOf(page.records));
      const pages = [page];
      while (page.older) {
        page = await audit.query({ filters: {}, before: page.older, limit: 3 });
        seen.push(...actionsOf(page.records));
        pages.push(page);
      }
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
      expect(seen.slice(2)).toEqual(['sandbox.a4', 'sandbox.a3', 'sandbox.a2', 'sandbox.a1', 'sandbox.a0']);
      expect(pages.map((p) => p.records.length)).toEqual([3, 3, 1]);

      const last = pages[2]!;
      const up = await audit.query({ filters: {}, after: last.newer!, limit: 3 });
      expect(actionsOf(up.records)).toEqual(actionsOf(pages[1]!.records));
      const top = await audit.query({ filters: {}, after: up.newer!, limit: 3 });
      expect(actionsOf(top.records)).toEqual(actionsOf(pages[0]!.records));
      expect(top.newer).toBeNull();
    });

    it('refuses a cursor it did not make', async () => {
      await expect(audit.query({ filters: {}, before: 'not-a-cursor!', limit: 3 })).rejects.toThrow(
        InvalidCursorError,
      );
      await expect(
        audit.query({ filters: {}, after: Buffer.from('1:2:3').toString('base64url'), limit: 3 }),
      ).rejects.toThrow(InvalidCursorError);
    });
  });

  describe('filters', () => {
    beforeEach(async () => {
      await audit.record(
        entry({
          at: T0,
          actor: ADA,
          action: 'user.role_change',
          target: { type: 'user', id: OTTO.id, name: OTTO.email },
        }),
      );
      const paused = await audit.record(entry({ at: T0 + MINUTE }));
      await audit.complete(paused, { status: 204 });
      const failed = await audit.record(
        entry({
          at: T0 + 2 * MINUTE,
          action: 'sandbox.delete',
          target: { type: 'sandbox', id: 'sb-2', name: 'db' },
        }),
      );
      await audit.complete(failed, { status: 404, errorCode: 'not_found' });
      await audit.record(
        entry({
          at: T0 + 3 * MINUTE,
          action: 'template.cancel_build',
          target: { type: 'template', id: 'tpl-1' },
        }),
      );
      await audit.record(
        entry({
          at: T0 + 4 * MINUTE,
          actor: { id: 'system', email: 'system', role: null },
          action: 'account.setup',
          target: { type: 'user', id: ADA.id, name: ADA.email },
        }),
      );
    });

    const find = async (filters: Parameters<AuditLog['query']>[0]['filters']) =>
      actionsOf((await audit.query({ filters, limit: 50 })).records);

    it('by actor: email in any case, id, or system', async () => {
      expect(await find({ actor: 'ADA@example.com' })).toEqual(['user.role_change']);
      expect(await find({ actor: OTTO.id })).toEqual([
        'template.cancel_build',
        'sandbox.delete',
        'sandbox.pause',
      ]);
      expect(await find({ actor: 'system' })).toEqual(['account.setup']);
    });

    it('by action, exactly or by prefix (with _ taken literally)', async () => {
      expect(await find({ action: 'sandbox.delete' })).toEqual(['sandbox.delete']);
      expect(await find({ action: 'sandbox.*' })).toEqual(['sandbox.delete', 'sandbox.pause']);
      expect(await find({ action: 'template.cancel_build' })).toEqual(['template.cancel_build']);
      expect(await find({ action: 'template.cancel*' })).toEqual([]);
      expect(await find({ action: 'sandbox_delete.*' })).toEqual([]);
    });

    it('by target id or name', async () => {
      expect(await find({ target: 'sb-2' })).toEqual(['sandbox.delete']);
      expect(await find({ target: 'web' })).toEqual(['sandbox.pause']);
      expect(await find({ target: OTTO.email })).toEqual(['user.role_change']);
    });

    it('by outcome', async () => {
      expect(await find({ outcome: 'success' })).toEqual(['sandbox.pause']);
      expect(await find({ outcome: 'failure' })).toEqual(['sandbox.delete']);
      expect(await find({ outcome: 'unknown' })).toHaveLength(3);
    });

    it('by time: from inclusive, to exclusive', async () => {
      expect(await find({ from: T0 + MINUTE, to: T0 + 3 * MINUTE })).toEqual([
        'sandbox.delete',
        'sandbox.pause',
      ]);
    });

    it('by exact target for a sandbox’s Activity card, combined with the others', async () => {
      expect(await find({ targetType: 'sandbox', targetId: 'sb-1' })).toEqual(['sandbox.pause']);
      expect(await find({ targetType: 'sandbox', targetId: 'sb-1', outcome: 'failure' })).toEqual([]);
    });
  });

  describe('retention', () => {
    it('prunes records older than the cutoff and keeps the rest', async () => {
      await audit.record(entry({ at: T0 - 100 * 24 * 60 * MINUTE, action: 'sandbox.old' }));
      await audit.record(entry({ at: T0, action: 'sandbox.recent' }));
      expect(await audit.prune(T0 - 90 * 24 * 60 * MINUTE)).toBe(1);
      expect(await find()).toEqual(['sandbox.recent']);
    });

    const find = async () => actionsOf((await audit.query({ filters: {}, limit: 50 })).records);
  });
});
