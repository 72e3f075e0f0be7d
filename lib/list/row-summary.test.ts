import { describe, expect, it } from 'vitest';
import { splitMetadataChips, summarizeNetwork } from './row-summary';

describe('summarizeNetwork', () => {
  it('counts allowed destinations and blocked ranges', () => {
    expect(
      summarizeNetwork({ allow_out: ['api.openai.com', '*.github.com'], deny_out: ['0.0.0.0/0'] }),
    ).toEqual({
      label: '2 allowed · 1 blocked',
      detail: 'Allowed: api.openai.com, *.github.com\nBlocked: 0.0.0.0/0',
      open: false,
    });
  });

  it('leaves out a side without rules', () => {
    expect(summarizeNetwork({ allow_out: ['registry.npmjs.org'] }).label).toBe('1 allowed');
    expect(summarizeNetwork({ allow_out: [], deny_out: ['10.0.0.0/8', '1.2.3.4'] }).label).toBe('2 blocked');
  });

  it('says "No rules" for absent, null or empty network settings', () => {
    for (const network of [undefined, null, {}, { allow_out: null, deny_out: [] }, { allow_out: [''] }]) {
      expect(summarizeNetwork(network)).toMatchObject({ label: 'No rules', open: true });
    }
  });
});

describe('splitMetadataChips', () => {
  const metadata = { env: 'prod', owner: 'agent-7', run_id: '7f3c-21', team: 'ml', tier: 'gold' };

  it('shows the first chips in the API order and folds the rest', () => {
    const { visible, hidden } = splitMetadataChips(metadata, 2);
    expect(visible).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'owner', value: 'agent-7' },
    ]);
    expect(hidden.map((chip) => chip.key)).toEqual(['run_id', 'team', 'tier']);
  });

  it('never folds a single chip into "+1"', () => {
    expect(splitMetadataChips({ a: '1', b: '2', c: '3' }, 2)).toEqual({
      visible: [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
        { key: 'c', value: '3' },
      ],
      hidden: [],
    });
    expect(splitMetadataChips({ a: '1', b: '2', c: '3', d: '4' }, 2).hidden).toHaveLength(2);
  });

  it('handles no metadata and odd limits', () => {
    expect(splitMetadataChips({}, 2)).toEqual({ visible: [], hidden: [] });
    expect(splitMetadataChips(null, 2)).toEqual({ visible: [], hidden: [] });
    expect(splitMetadataChips({ a: '1', b: '2' }, 0).hidden).toHaveLength(2);
    expect(splitMetadataChips({ a: '1', b: '2', c: '3' }, -1).visible).toEqual([]);
  });

  it('keeps empty values and keys that look like object internals', () => {
    const chips = splitMetadataChips(JSON.parse('{"__proto__":"x","empty":""}'), 5).visible;
    expect(chips).toEqual([
      { key: '__proto__', value: 'x' },
      { key: 'empty', value: '' },
    ]);
  });
});
