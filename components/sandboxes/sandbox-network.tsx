import type { ReactNode } from 'react';
import { Card, CardHeader } from '@/components/ui/card';
import type { NetworkConfigResponse } from '@/lib/contract';

function RuleList({ title, rules, empty }: { title: string; rules: string[]; empty: string }) {
  return (
    <div>
      <h3 className="text-fg-muted text-xs font-medium tracking-wide uppercase">{title}</h3>
      {rules.length === 0 ? (
        <p className="text-fg-muted mt-2 text-sm">{empty}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {rules.map((rule) => (
            <li
              key={rule}
              className="border-line bg-surface-muted text-fg rounded-md border px-2 py-0.5 font-mono text-xs"
            >
              {rule}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Plain-words summary of what the rules mean together (allow rules are checked before deny rules). */
function summary(allow: string[], deny: string[]): string {
  if (allow.length === 0 && deny.length === 0)
    return 'No egress rules: every public destination is reachable.';
  if (allow.length > 0 && deny.length === 0) {
    return 'Only the allowed destinations are reachable; anything else is blocked.';
  }
  if (allow.length === 0) return 'Every public destination is reachable except the blocked ranges.';
  return 'Allowed destinations are checked first; then the blocked ranges apply, and anything unmatched is blocked.';
}

type SandboxNetworkProps = {
  network: NetworkConfigResponse | null | undefined;
  /** An "Edit" button, when editing is available. */
  actions?: ReactNode;
};

/** Outbound network rules: allowed destinations (`allow_out`) and blocked ranges (`deny_out`). */
export function SandboxNetwork({ network, actions }: SandboxNetworkProps) {
  const allow = network?.allow_out ?? [];
  const deny = network?.deny_out ?? [];
  return (
    <Card aria-labelledby="network-heading">
      <CardHeader id="network-heading" title="Network" description={summary(allow, deny)} actions={actions} />
      <div className="grid gap-5 px-5 py-4 sm:grid-cols-2">
        <RuleList title="Allowed destinations" rules={allow} empty="None" />
        <RuleList title="Blocked ranges" rules={deny} empty="None" />
      </div>
      <p className="border-line text-fg-muted border-t px-5 py-3 text-xs">
        Private, link-local and loopback ranges (10/8, 172.16/12, 192.168/16, 127/8, 169.254/16) are always
        blocked.
      </p>
    </Card>
  );
}
