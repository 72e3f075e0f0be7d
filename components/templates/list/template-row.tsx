'use client';

import Link from 'next/link';
import { memo, useEffect, useRef } from 'react';
import { Cell } from '@/components/sandboxes/list/cells';
import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { Tr } from '@/components/ui/table';
import { useTemplateBuilds } from '@/lib/client/templates';
import type { TemplateResponse } from '@/lib/contract';
import { sandboxesUsingHref } from '@/lib/list/template-filter';
import { latestBuild, type TemplateRowView, type UsageCell } from '@/lib/templates/list-row';
import { TemplateRowActions } from '../actions/template-row-actions';
import { templateHref } from '../actions/template-links';
import { BuildStatusBadge, TemplateStatusBadge } from '../template-status-badge';

const DASH = <span className="text-fg-subtle">—</span>;

/**
 * The latest build's status and when, from the template's build history (one small query per row; it polls
 * while a build is in flight). A change of the template's status or latest build refetches it, so a rebuild
 * started elsewhere shows up with the list's own refresh.
 */
function LatestBuild({ template }: { template: TemplateResponse }) {
  const { data, isPending, isError, refetch } = useTemplateBuilds(template.id);
  const seen = `${template.status}:${template.latest_build_id ?? ''}`;
  const last = useRef(seen);
  useEffect(() => {
    if (last.current === seen) return;
    last.current = seen;
    void refetch();
  }, [seen, refetch]);

  if (isPending) return <Skeleton className="h-4 w-24" />;
  if (isError)
    return (
      <span className="text-fg-subtle" title="The build history could not be loaded">
        unknown
      </span>
    );
  const build = latestBuild(data);
  if (!build) return DASH;
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <BuildStatusBadge status={build.status} />
      {build.at ? <RelativeTime value={build.at} className="text-fg-muted whitespace-nowrap" /> : null}
    </span>
  );
}

function Usage({ usage, name }: { usage: UsageCell; name: string }) {
  if (usage.kind === 'loading') return <Skeleton className="h-4 w-6" />;
  if (usage.kind === 'unknown') {
    return (
      <span className="text-fg-subtle" title={usage.why}>
        unknown
      </span>
    );
  }
  if (usage.count === 0) return <span className="text-fg-muted tabular-nums">0</span>;
  return (
    <Link
      href={sandboxesUsingHref({ name })}
      className="text-accent-text font-medium tabular-nums underline-offset-2 hover:underline"
      aria-label={`${usage.count} ${usage.count === 1 ? 'sandbox uses' : 'sandboxes use'} ${name}`}
    >
      {usage.count}
    </Link>
  );
}

/** One template: its name (linking to its page), the facts, and its menu. Memoised against list refreshes. */
export const TemplateRow = memo(function TemplateRow({
  template,
  view,
}: {
  template: TemplateResponse;
  view: TemplateRowView;
}) {
  return (
    <Tr className="hover:bg-surface-hover/60" data-testid="template-row">
      <Cell pad="lead" className="max-w-72">
        <span className="flex flex-wrap items-center gap-2">
          <Link
            href={templateHref(view)}
            className="text-fg font-mono font-medium break-all underline-offset-2 hover:underline"
          >
            {view.name}
          </Link>
          {view.system ? (
            <Badge tone="accent" title="Curated by Superserve and shared by every team; it can't be changed">
              System
            </Badge>
          ) : null}
        </span>
      </Cell>
      <Cell>
        <TemplateStatusBadge status={view.status} />
      </Cell>
      <Cell className="text-fg-muted whitespace-nowrap tabular-nums">{view.resources}</Cell>
      <Cell className="max-w-48">
        {view.baseImage ? <code className="font-mono text-xs break-all">{view.baseImage}</code> : DASH}
      </Cell>
      <Cell>
        <LatestBuild template={template} />
      </Cell>
      <Cell className="text-fg-muted whitespace-nowrap">
        {view.createdAt ? <RelativeTime value={view.createdAt} /> : DASH}
      </Cell>
      <Cell className="text-right">
        <Usage usage={view.usage} name={view.name} />
      </Cell>
      <Cell pad="actions" className="w-10 text-right">
        <TemplateRowActions template={template} />
      </Cell>
    </Tr>
  );
});
