/**
 * What a list row shows about a sandbox that does not change with time, worked out once per sandbox object and
 * kept in a WeakMap: a row that renders again (a tick, a selection) or mounts again (scrolled back into view, a
 * page visited again) reuses it. Query data is never mutated (a refresh brings new objects), so a cached view
 * can't go stale, and it goes away with its sandbox.
 */
import type { SandboxListItem } from '@/lib/contract';
import { compactId } from '@/lib/format/ids';
import { formatMemoryMib, formatVcpu } from '@/lib/format/resources';
import { splitMetadataChips, summarizeNetwork, type MetadataChip, type NetworkSummary } from './row-summary';

/** Sized to the Metadata column: two short tags, or one long one (truncated, with the full text on hover). */
export const ROW_CHIP_BUDGET = { maxChips: 2, maxChars: 17 };

export type SandboxRowView = {
  /** The id at a glance ("5eed…0001"). */
  shortId: string;
  /** "2 vCPU · 1 GiB". */
  resources: string;
  /** The chips that fit in the row, and those folded into "+N". */
  chips: { visible: MetadataChip[]; hidden: MetadataChip[] };
  /** The egress summary, its label cut into the parts that must not break ("2 allowed", "1 blocked"). */
  network: NetworkSummary & { parts: string[] };
};

const views = new WeakMap<SandboxListItem, SandboxRowView>();

export function sandboxRowView(sandbox: SandboxListItem): SandboxRowView {
  let view = views.get(sandbox);
  if (!view) {
    const network = summarizeNetwork(sandbox.network);
    view = {
      shortId: compactId(sandbox.id),
      resources: `${formatVcpu(sandbox.vcpu_count)} · ${formatMemoryMib(sandbox.memory_mib)}`,
      chips: splitMetadataChips(sandbox.metadata, ROW_CHIP_BUDGET),
      network: { ...network, parts: network.label.split(' · ') },
    };
    views.set(sandbox, view);
  }
  return view;
}
