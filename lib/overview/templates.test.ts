import { describe, expect, it } from 'vitest';
import { templatesNeedingAttention } from './templates';

describe('templates needing attention', () => {
  it('lists failed templates first, then those building or queued, and leaves ready ones out', () => {
    const templates = [
      { name: 'a', status: 'ready' },
      { name: 'b', status: 'building' },
      { name: 'c', status: 'failed' },
      { name: 'd', status: 'pending' },
      { name: 'e', status: 'failed' },
    ];
    expect(templatesNeedingAttention(templates).map((t) => t.name)).toEqual(['c', 'e', 'b', 'd']);
    expect(templatesNeedingAttention([{ status: 'ready' }])).toEqual([]);
  });
});
