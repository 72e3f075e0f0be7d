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

/**
 * The chips shown in a row and those folded into "+N". Keys keep the API's order; the fold never hides a single
 * chip behind "+1" (one more chip takes the same room as the "+1" would).
 */
export function splitMetadataChips(
  metadata: Readonly<Record<string, string>> | null | undefined,
  maxVisible: number,
): { visible: MetadataChip[]; hidden: MetadataChip[] } {
  const chips = Object.entries(metadata ?? {}).map(([key, value]) => ({ key, value }));
  const limit = Math.max(0, Math.floor(maxVisible));
  if (chips.length <= limit + 1) return { visible: chips, hidden: [] };
  return { visible: chips.slice(0, limit), hidden: chips.slice(limit) };
}
