import { describe, expect, it } from 'vitest';

import { pendingAuditWriteCount, settleAuditWrites, withTrackedWrites } from './pending-writes';
import type { AuditTrail } from './types';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('pending audit writes', () => {
  it('are counted until they settle, failures included, and awaited by settleAuditWrites', async () => {
    const writes: ReturnType<typeof deferred>[] = [];
    const trail: AuditTrail = {
      record: async () => {
        const write = deferred();
        writes.push(write);
        await write.promise;
        return 'id-1';
      },
      complete: async () => {
        const write = deferred();
        writes.push(write);
        await write.promise;
      },
    };
    const tracked = withTrackedWrites(trail);
    const record = tracked.record({
      actor: { id: 'u', email: 'u@example.com', role: 'admin' },
      action: 'sandbox.create',
    });
    const completion = tracked.complete('id-0', { status: 200 }).catch((error: Error) => error.message);
    expect(pendingAuditWriteCount()).toBe(2);

    let settled = false;
    const settling = settleAuditWrites().then(() => (settled = true));
    writes[0]!.resolve();
    expect(await record).toBe('id-1');
    await Promise.resolve();
    expect(settled).toBe(false);
    writes[1]!.reject(new Error('disk full'));
    expect(await completion).toBe('disk full'); // the caller still hears of the failure
    await settling;
    expect(pendingAuditWriteCount()).toBe(0);
  });

  it('keeps the rest of the log as it is', () => {
    const log = { record: async () => 'x', complete: async () => {}, prune: async () => 3 };
    expect(withTrackedWrites(log).prune).toBe(log.prune);
  });
});
