import { describe, expect, it } from 'vitest';
import { RECENT_LIMIT, addRecent, parseRecent, removeRecent, sameRecent } from './recent';

const visit = (n: number) => ({ id: `id-${n}`, name: `sandbox-${n}` });

describe('recently visited sandboxes', () => {
  it('adds a visit to the front and moves a repeated one there, with its latest name', () => {
    let list = addRecent([], visit(1));
    list = addRecent(list, visit(2));
    expect(list.map((entry) => entry.id)).toEqual(['id-2', 'id-1']);
    list = addRecent(list, { id: 'id-1', name: 'renamed' });
    expect(list).toEqual([{ id: 'id-1', name: 'renamed' }, visit(2)]);
  });

  it(`keeps the last ${RECENT_LIMIT}, dropping the oldest`, () => {
    let list = [visit(0)];
    for (let n = 1; n <= RECENT_LIMIT; n++) list = addRecent(list, visit(n));
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]).toEqual(visit(RECENT_LIMIT));
    expect(list.some((entry) => entry.id === 'id-0')).toBe(false);
  });

  it('forgets one sandbox', () => {
    expect(removeRecent([visit(1), visit(2)], 'id-1')).toEqual([visit(2)]);
    expect(removeRecent([visit(1)], 'nope')).toEqual([visit(1)]);
  });

  it('reads stored values leniently: junk, wrong shapes and duplicates are dropped', () => {
    expect(parseRecent(null)).toEqual([]);
    expect(parseRecent('not json')).toEqual([]);
    expect(parseRecent('{"id":"x"}')).toEqual([]);
    const stored = JSON.stringify([
      visit(1),
      { id: '', name: 'empty id' },
      { id: 'id-2' },
      'text',
      null,
      { ...visit(1), name: 'duplicate' },
      { ...visit(3), extra: true },
    ]);
    expect(parseRecent(stored)).toEqual([visit(1), visit(3)]);
    const many = JSON.stringify(Array.from({ length: 20 }, (_, n) => visit(n)));
    expect(parseRecent(many)).toHaveLength(RECENT_LIMIT);
  });

  it('tells whether a write would change anything', () => {
    expect(sameRecent([visit(1)], [visit(1)])).toBe(true);
    expect(sameRecent([visit(1)], [{ ...visit(1), name: 'other' }])).toBe(false);
    expect(sameRecent([visit(1), visit(2)], [visit(2), visit(1)])).toBe(false);
  });
});
