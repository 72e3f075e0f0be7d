import { describe, expect, it } from 'vitest';
import {
  bulkSummary,
  keepOnPage,
  pageSelection,
  planBulk,
  plural,
  toggleAllOnPage,
  toggleOne,
} from './bulk-plan';

const rows = [
  { id: 'a', status: 'active' },
  { id: 'b', status: 'paused' },
  { id: 'c', status: 'active' },
  { id: 'd', status: 'resuming' },
  { id: 'e', status: 'hibernating' },
];

describe('planBulk', () => {
  it('sends pause only for active sandboxes and resume only for paused ones', () => {
    const pause = planBulk('pause', rows);
    expect(pause.targets.map((row) => row.id)).toEqual(['a', 'c']);
    expect(pause.skipped.map((row) => row.id)).toEqual(['b', 'd', 'e']);
    const resume = planBulk('resume', rows);
    expect(resume.targets.map((row) => row.id)).toEqual(['b']);
    expect(resume.skipped.map((row) => row.id)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('deletes from any state, unknown ones included', () => {
    expect(planBulk('delete', rows)).toEqual({ targets: rows, skipped: [] });
  });
});

describe('bulkSummary', () => {
  it('names each outcome that happened, in a fixed order', () => {
    expect(bulkSummary('pause', { ok: 2, failed: 1, cancelled: 0 })).toBe('2 paused · 1 failed');
    expect(bulkSummary('delete', { ok: 1, failed: 0, cancelled: 3 }, 2)).toBe(
      '1 deleted · 3 cancelled · 2 skipped',
    );
    expect(bulkSummary('resume', { ok: 0, failed: 4, cancelled: 0 })).toBe('4 failed');
    expect(bulkSummary('resume', { ok: 0, failed: 0, cancelled: 0 })).toBe('Nothing to do');
  });
});

describe('plural', () => {
  it('agrees with the count', () => {
    expect(plural(1, 'sandbox', 'sandboxes')).toBe('1 sandbox');
    expect(plural(3, 'sandbox', 'sandboxes')).toBe('3 sandboxes');
    expect(plural(0, 'row')).toBe('0 rows');
  });
});

describe('page selection', () => {
  const page = ['a', 'b', 'c'];

  it('reads none, some or all of the page', () => {
    expect(pageSelection(new Set(), page)).toBe('none');
    expect(pageSelection(new Set(['x']), page)).toBe('none');
    expect(pageSelection(new Set(['b']), page)).toBe('some');
    expect(pageSelection(new Set(page), page)).toBe('all');
    expect(pageSelection(new Set(), [])).toBe('none');
  });

  it('selects the whole page from none or some, and clears it from all', () => {
    expect([...toggleAllOnPage(new Set(), page)]).toEqual(page);
    expect([...toggleAllOnPage(new Set(['b']), page)].sort()).toEqual(page);
    expect([...toggleAllOnPage(new Set(page), page)]).toEqual([]);
  });

  it('toggles one row without touching the others, and never mutates its input', () => {
    const before = new Set(['a']);
    expect([...toggleOne(before, 'b')]).toEqual(['a', 'b']);
    expect([...toggleOne(before, 'a')]).toEqual([]);
    expect([...before]).toEqual(['a']);
  });

  it('drops rows that left the page, keeping the same set when nothing left', () => {
    const selected = new Set(['a', 'b']);
    expect(keepOnPage(selected, page)).toBe(selected);
    expect([...keepOnPage(selected, ['a', 'c'])]).toEqual(['a']);
  });
});
