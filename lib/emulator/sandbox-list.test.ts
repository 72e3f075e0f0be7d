import { afterEach, beforeEach, describe, expect, test } from 'vitest';

import { startTestApi, testClock } from './test-helpers';
import type { TestApi, TestClock } from './test-helpers';

let api: TestApi;
let clock: TestClock;
type Item = { id: string; name: string; status: string; metadata: Record<string, string> };

const names = (items: Item[]) => items.map((item) => item.name);

async function create(name: string, metadata: Record<string, string> = {}) {
  clock.advance(1000);
  return (await api.json<Item>('POST', '/sandboxes', { name, metadata })).body;
}

beforeEach(async () => {
  clock = testClock();
  api = startTestApi({ now: clock.now });
  await create('alpha', { env: 'prod', owner: 'agent-7' });
  await create('Bravo', { env: 'prod', owner: 'alice' });
  const charlie = await create('charlie-Ünïcode', { env: 'dev', owner: 'agent-7' });
  await create('delta', { env: 'prod', owner: 'agent-7', count: '42' });
  await api.call('POST', `/sandboxes/${charlie.id}/pause`);
});
afterEach(() => api.dispose());

const list = (query = '') => api.json<Item[]>('GET', `/sandboxes${query}`);

describe('GET /sandboxes', () => {
  test('is a bare array, newest first, without access tokens, with X-Total-Count', async () => {
    const { status, body, headers } = await list();
    expect(status).toBe(200);
    expect(names(body)).toEqual(['delta', 'charlie-Ünïcode', 'Bravo', 'alpha']);
    expect(body.every((item) => !('access_token' in item))).toBe(true);
    expect(headers.get('x-total-count')).toBe('4');
  });

  test('metadata filters are ANDed and exact', async () => {
    expect(names((await list('?metadata.env=prod')).body)).toEqual(['delta', 'Bravo', 'alpha']);
    expect(names((await list('?metadata.env=prod&metadata.owner=agent-7')).body)).toEqual(['delta', 'alpha']);
    expect(names((await list('?metadata.env=pro')).body)).toEqual([]);
    expect(names((await list('?metadata.count=42')).body)).toEqual(['delta']);
    expect(names((await list('?metadata.count=042')).body)).toEqual([]);
    const filtered = await list('?metadata.owner=agent-7');
    expect(filtered.headers.get('x-total-count')).toBe('3');
  });

  test('metadata keys and values are URL-decoded', async () => {
    await create('spaced', { 'team name': 'a&b=c' });
    const query = `?${new URLSearchParams({ 'metadata.team name': 'a&b=c' })}`;
    expect(names((await list(query)).body)).toEqual(['spaced']);
  });

  test('an empty or repeated metadata key is a 400', async () => {
    const empty = await list('?metadata.=x');
    expect(empty.status).toBe(400);
    expect(empty.body).toEqual({
      error: { code: 'bad_request', message: 'metadata filter key cannot be empty' },
    });
    const repeated = await list('?metadata.env=prod&metadata.env=dev');
    expect(repeated.status).toBe(400);
    expect(JSON.stringify(repeated.body)).toMatch(/env/);
  });

  test('status, q (case-insensitive, Unicode) and their combination', async () => {
    expect(names((await list('?status=paused')).body)).toEqual(['charlie-Ünïcode']);
    expect(names((await list('?status=active')).body)).toEqual(['delta', 'Bravo', 'alpha']);
    expect(names((await list('?q=BRAV')).body)).toEqual(['Bravo']);
    expect(names((await list(`?q=${encodeURIComponent('üNÏ')}`)).body)).toEqual(['charlie-Ünïcode']);
    expect(names((await list('?q=a&status=active&metadata.owner=agent-7')).body)).toEqual(['delta', 'alpha']);
  });

  test('sort and order', async () => {
    expect(names((await list('?sort=name')).body)).toEqual(['alpha', 'Bravo', 'charlie-Ünïcode', 'delta']);
    expect(names((await list('?sort=name&order=desc')).body)).toEqual([
      'delta',
      'charlie-Ünïcode',
      'Bravo',
      'alpha',
    ]);
    expect(names((await list('?sort=created_at&order=asc')).body)).toEqual([
      'alpha',
      'Bravo',
      'charlie-Ünïcode',
      'delta',
    ]);
    expect((await list('?sort=status')).body.map((item) => item.status)).toEqual([
      'active',
      'active',
      'active',
      'paused',
    ]);
  });

  test('limit and offset page through the result; the total stays the whole count', async () => {
    const first = await list('?limit=2');
    const second = await list('?limit=2&offset=2');
    const beyond = await list('?limit=2&offset=10');
    expect(names(first.body)).toEqual(['delta', 'charlie-Ünïcode']);
    expect(names(second.body)).toEqual(['Bravo', 'alpha']);
    expect(beyond.body).toEqual([]);
    for (const page of [first, second, beyond]) expect(page.headers.get('x-total-count')).toBe('4');
    const filteredBeyond = await list('?metadata.env=prod&limit=2&offset=10');
    expect(filteredBeyond.body).toEqual([]);
    expect(filteredBeyond.headers.get('x-total-count')).toBe('3');
    const filteredPage = await list('?metadata.env=prod&limit=2&offset=1');
    expect(names(filteredPage.body)).toEqual(['Bravo', 'alpha']);
    expect(filteredPage.headers.get('x-total-count')).toBe('3');
    expect((await list('?limit=200')).status).toBe(200);
    expect((await list('?limit=1')).body).toHaveLength(1);
  });

  test.each([
    ['?limit=0', /limit must be an integer between 1 and 200/],
    ['?limit=201', /limit/],
    ['?limit=abc', /limit/],
    ['?limit=1.5', /limit/],
    ['?offset=-1', /offset/],
    ['?sort=size', /sort must be one of created_at, name, status/],
    ['?order=up', /order must be one of asc, desc/],
    ['?status=deleted', /status must be one of/],
  ])('%s is a 400', async (query, message) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(message);
  });

  test('unknown query parameters are ignored', async () => {
    expect((await list('?foo=bar')).body).toHaveLength(4);
  });
});
