import { describe, expect, it } from 'vitest';
import type { SandboxListItem } from '@/lib/contract';
import { countFromAnswer, OVERVIEW_STATES, stateCountParams, stateListHref, totalOfCounts } from './counts';

const item = (id: string, status: string) => ({ id, status }) as SandboxListItem;

describe('state counts', () => {
  it('asks for one row per state', () => {
    expect(stateCountParams('paused')).toEqual({ status: 'paused', limit: 1 });
  });

  it("takes the header's total when the API sends it, whatever the rows hold", () => {
    expect(countFromAnswer('active', { items: [item('a', 'active')], total: 42 })).toBe(42);
    expect(countFromAnswer('failed', { items: [], total: 0 })).toBe(0);
  });

  it('counts the rows of that state when the API sends no total (it ignored the filter too)', () => {
    const everything = {
      items: [item('a', 'active'), item('b', 'paused'), item('c', 'active'), item('d', 'failed')],
      total: null,
    };
    expect(OVERVIEW_STATES.map((state) => countFromAnswer(state, everything))).toEqual([2, 1, 0, 0, 1]);
  });

  it('totals only once every count is known', () => {
    expect(totalOfCounts([1, 2, 0])).toBe(3);
    expect(totalOfCounts([1, undefined, 0])).toBeNull();
    expect(totalOfCounts([0, 0])).toBe(0);
  });

  it("links each state to the list's own filtered view", () => {
    expect(stateListHref('active')).toBe('/sandboxes?status=active');
    expect(stateListHref('resuming')).toBe('/sandboxes?status=resuming');
  });
});
