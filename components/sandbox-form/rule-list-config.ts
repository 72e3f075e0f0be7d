/** The two configurations of the one RuleListEditor: allowed destinations and blocked ranges. */
import { ALWAYS_BLOCKED_RANGES } from '@/lib/contract/limits';

export type QuickRule = {
  /** Button text, e.g. "Block everything else". */
  label: string;
  rule: string;
  /** Shown instead of the button once the rule is in the list. */
  presentLabel: string;
};

export type RuleListEditorConfig = {
  kind: 'allow_out' | 'deny_out';
  noun: { one: string; many: string };
  inputLabel: string;
  placeholder: string;
  emptyText: string;
  quickRules?: readonly QuickRule[];
};

export const ALLOW_OUT_EDITOR: RuleListEditorConfig = {
  kind: 'allow_out',
  noun: { one: 'destination', many: 'destinations' },
  inputLabel: 'Allowed destination',
  placeholder: 'api.openai.com, *.github.com, 8.8.8.8 or 1.2.3.0/24',
  emptyText: 'No allowed destinations: every public address is reachable unless a blocked range covers it.',
};

export const BLOCK_EVERYTHING_ELSE = '0.0.0.0/0';

export const DENY_OUT_EDITOR: RuleListEditorConfig = {
  kind: 'deny_out',
  noun: { one: 'range', many: 'ranges' },
  inputLabel: 'Blocked range',
  placeholder: '0.0.0.0/0 or 203.0.113.0/24',
  emptyText: 'No blocked ranges.',
  quickRules: [
    {
      label: 'Block everything else',
      rule: BLOCK_EVERYTHING_ELSE,
      presentLabel: 'Everything else is blocked',
    },
  ],
};

/** "10/8, 172.16/12, …" for the note that private ranges are always blocked. */
export const ALWAYS_BLOCKED_TEXT = ALWAYS_BLOCKED_RANGES.join(', ');
