import { describe, expect, it } from 'vitest';
import { sandboxHits } from './sandbox-hits';

const found = (name: string, id = `id-${name}`, status = 'active') => ({ id, name, status });

describe('sandboxHits', () => {
  const recent = [
    { id: 'id-web-old', name: 'web-old' },
    { id: 'id-db', name: 'db' },
  ];

  it('shows the recent visits, latest first, while nothing is typed', () => {
    const { hits, hidden } = sandboxHits({ query: '', recent, found: [], complete: false, limit: 10 });
    expect(hits.map((hit) => hit.name)).toEqual(['web-old', 'db']);
    expect(hidden).toBe(0);
  });

  it('ranks matching recent visits first, one row per sandbox, with the status the search returned', () => {
    const { hits } = sandboxHits({
      query: 'web',
      recent,
      found: [found('web-1'), found('web-old', 'id-web-old', 'paused'), found('a-web')],
      complete: true,
      limit: 10,
    });
    expect(hits.map((hit) => [hit.name, hit.status])).toEqual([
      ['web-old', 'paused'],
      ['web-1', 'active'],
      ['a-web', 'active'],
    ]);
  });

  it('keeps a matching recent visit while the answer is not complete, drops it once the answer says it is gone', () => {
    const partial = sandboxHits({ query: 'web', recent, found: [], complete: false, limit: 10 });
    expect(partial.hits.map((hit) => hit.name)).toEqual(['web-old']);
    const gone = sandboxHits({ query: 'web', recent, found: [found('web-1')], complete: true, limit: 10 });
    expect(gone.hits.map((hit) => hit.name)).toEqual(['web-1']);
  });

  it('filters an older API’s every-sandbox answer in the browser', () => {
    const { hits } = sandboxHits({
      query: 'api',
      recent: [],
      found: [found('web'), found('api-1'), found('my-api'), found('db')],
      complete: true,
      limit: 10,
    });
    expect(hits.map((hit) => hit.name)).toEqual(['api-1', 'my-api']);
  });

  it('counts what the limit and the server left out', () => {
    const many = Array.from({ length: 5 }, (_, n) => found(`web-${n}`));
    const { hits, hidden } = sandboxHits({
      query: 'web',
      recent: [],
      found: many,
      complete: false,
      limit: 3,
      moreOnServer: 10,
    });
    expect(hits).toHaveLength(3);
    expect(hidden).toBe(12);
  });
});
