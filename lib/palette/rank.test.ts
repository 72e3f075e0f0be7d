import { describe, expect, it } from 'vitest';
import { matchTier, normalizePaletteQuery, rankItems, type Rankable } from './rank';

const item = (text: string, extra: Partial<Rankable> = {}): Rankable => ({ text, ...extra });
const texts = (items: Rankable[]) => items.map((entry) => entry.text);

describe('matchTier', () => {
  it('tells an exact id, a name prefix, a word start and a substring apart', () => {
    const id = '3f2a9c1e-0000-4000-8000-000000000001';
    expect(matchTier(item('web', { id }), id.toUpperCase())).toBe('id');
    expect(matchTier(item('web-api'), 'web')).toBe('prefix');
    expect(matchTier(item('web-api'), 'api')).toBe('word');
    expect(matchTier(item('ci_runner'), 'run')).toBe('word');
    expect(matchTier(item('my.worker'), 'work')).toBe('word');
    expect(matchTier(item('buildCache'), 'cache')).toBe('word');
    expect(matchTier(item('webapi'), 'api')).toBe('substring');
    expect(matchTier(item('web'), 'xyz')).toBe('none');
  });

  it('ignores case and surrounding spaces, and an id only counts whole', () => {
    expect(matchTier(item('Web-API'), '  web-a ')).toBe('prefix');
    expect(matchTier(item('x', { id: 'abcdef' }), 'abc')).toBe('none');
    expect(normalizePaletteQuery('  MiXed ')).toBe('mixed');
  });

  it('finds a later occurrence that starts a word', () => {
    expect(matchTier(item('xapi-api'), 'api')).toBe('word');
  });

  it('counts a keyword one tier lower than the same match on the text', () => {
    expect(matchTier(item('Sandboxes', { keywords: ['list'] }), 'list')).toBe('word');
    expect(matchTier(item('Audit log', { keywords: ['activity'] }), 'tiv')).toBe('substring');
    // The text's own match wins when it is better.
    expect(matchTier(item('list', { keywords: ['list'] }), 'list')).toBe('prefix');
  });

  it('matches everything, equally, on an empty query', () => {
    expect(matchTier(item('anything'), '')).toBe('substring');
    expect(matchTier(item('anything'), '   ')).toBe('substring');
  });
});

describe('rankItems', () => {
  it('orders exact id > name prefix > word start > substring, and drops the rest', () => {
    const id = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    const items = [
      item('xwebx'),
      item('api-web'),
      item('nothing'),
      item('web-1'),
      item('zzz', { id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }),
    ];
    expect(texts(rankItems(items, 'web'))).toEqual(['web-1', 'api-web', 'xwebx']);
    expect(texts(rankItems(items, id))).toEqual(['zzz']);
  });

  it('puts recently visited matches first, the latest visit first, then the rest by tier', () => {
    const items = [
      item('web-prod'),
      item('old-web', { recent: 1 }),
      item('web-staging'),
      item('my-web', { recent: 0 }),
    ];
    expect(texts(rankItems(items, 'web'))).toEqual(['my-web', 'old-web', 'web-prod', 'web-staging']);
    // With nothing typed: recent first, then the given order.
    expect(texts(rankItems(items, ''))).toEqual(['my-web', 'old-web', 'web-prod', 'web-staging']);
  });

  it('still puts an exact id above a recent visit', () => {
    const id = '11111111-2222-4333-8444-555555555555';
    const items = [item(`copy-of-${id}`, { recent: 0 }), item('target', { id })];
    expect(texts(rankItems(items, id))).toEqual(['target', `copy-of-${id}`]);
  });

  it('keeps the given order among equals (stable), and does not change its input', () => {
    const items = [item('b-web'), item('a-web'), item('c-web')];
    const copy = [...items];
    expect(texts(rankItems(items, 'web'))).toEqual(['b-web', 'a-web', 'c-web']);
    expect(items).toEqual(copy);
  });
});
