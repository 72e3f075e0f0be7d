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
  const budget = { maxChips: 2, maxChars: 24 };

  it('shows the first chips in the API order and folds the rest', () => {
    const { visible, hidden } = splitMetadataChips(metadata, budget);
    expect(visible).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'owner', value: 'agent-7' },
    ]);
    expect(hidden.map((chip) => chip.key)).toEqual(['run_id', 'team', 'tier']);
  });

  it('folds a chip that would not fit the character budget, even when the chip count allows it', () => {
    // "env=staging" (11) + "owner=data-team" (15) = 26 > 24
    const { visible, hidden } = splitMetadataChips({ env: 'staging', owner: 'data-team' }, budget);
    expect(visible).toEqual([{ key: 'env', value: 'staging' }]);
    expect(hidden).toEqual([{ key: 'owner', value: 'data-team' }]);
  });

  it('always shows the first chip, however long', () => {
    const long = 'x'.repeat(100);
    expect(splitMetadataChips({ long, env: 'prod' }, budget).visible).toEqual([{ key: 'long', value: long }]);
  });

  it('shows everything that fits, folding nothing', () => {
    expect(splitMetadataChips({ a: '1', b: '2' }, budget)).toEqual({
      visible: [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ],
      hidden: [],
    });
    expect(splitMetadataChips({ a: '1', b: '2', c: '3' }, budget).hidden).toEqual([{ key: 'c', value: '3' }]);
  });

  it('handles no metadata and a zero chip limit', () => {
    expect(splitMetadataChips({}, budget)).toEqual({ visible: [], hidden: [] });
    expect(splitMetadataChips(null, budget)).toEqual({ visible: [], hidden: [] });
    expect(splitMetadataChips({ a: '1', b: '2' }, { maxChips: 0, maxChars: 24 }).hidden).toHaveLength(2);
  });

  it('keeps empty values and keys that look like object internals', () => {
    const chips = splitMetadataChips(JSON.parse('{"__proto__":"x","empty":""}'), budget).visible;
    expect(chips).toEqual([
      { key: '__proto__', value: 'x' },
      { key: 'empty', value: '' },
    ]);
  });
});
