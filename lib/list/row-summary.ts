/**
 * What the list's denser cells say about a sandbox: its egress rules in a few words, and which metadata chips fit
 * in a row. Pure, so the wording is tested once and every cell says it the same way.
 */
import type { SandboxListItem } from '@/lib/contract';

export type NetworkSummary = {
  /** "2 allowed · 1 blocked", or "No rules" when the sandbox uses the default network settings. */
  label: string;
  /** Every rule, for a hover title: "Allowed: a.com, *.b.com\nBlocked: 0.0.0.0/0". */
  detail: string;
  /** No rules: every public destination is reachable. */
  open: boolean;
};

/**
 * `allow_out` are the allowed destinations and `deny_out` the blocked ranges (the API's own split). A part with
 * no rules is left out: "2 allowed" alone already means everything else is blocked (an implicit deny).
 */
export function summarizeNetwork(network: SandboxListItem['network']): NetworkSummary {
  const allowed = (network?.allow_out ?? []).filter((rule) => rule !== '');
  const blocked = (network?.deny_out ?? []).filter((rule) => rule !== '');
  if (allowed.length === 0 && blocked.length === 0) {
    return {
      label: 'No rules',
      detail: 'No egress rules: every public destination is reachable',
      open: true,
    };
  }
  const parts: string[] = [];
  const lines: string[] = [];
  if (allowed.length > 0) {
    parts.push(`${allowed.length} allowed`);
    lines.push(`Allowed: ${allowed.join(', ')}`);
  }
  if (blocked.length > 0) {
    parts.push(`${blocked.length} blocked`);
    lines.push(`Blocked: ${blocked.join(', ')}`);
  }
  return { label: parts.join(' · '), detail: lines.join('\n'), open: false };
}

export type MetadataChip = { key: string; value: string };

export type ChipBudget = {
  /** At most this many chips in the row. */
  maxChips: number;
  /** At most this many characters of `key=value` text across the shown chips; the first chip always shows. */
  maxChars: number;
};

/**
 * The chips shown in a row and those folded into "+N", in the API's key order. Short tags fit two to a row;
 * a long first tag shows alone (truncated by the cell) rather than squeezing a second one into "own…".
 */
export function splitMetadataChips(
  metadata: Readonly<Record<string, string>> | null | undefined,
  { maxChips, maxChars }: ChipBudget,
): { visible: MetadataChip[]; hidden: MetadataChip[] } {
  const chips = Object.entries(metadata ?? {}).map(([key, value]) => ({ key, value }));
  let shown = 0;
  let chars = 0;
  for (const chip of chips) {
    const length = chip.key.length + 1 + chip.value.length;
    if (shown >= maxChips || (shown > 0 && chars + length > maxChars)) break;
    shown += 1;
    chars += length;
  }
  return { visible: chips.slice(0, shown), hidden: chips.slice(shown) };
}
