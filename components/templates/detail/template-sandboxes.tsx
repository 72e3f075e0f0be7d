'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { StatusBadge } from '@/components/sandboxes/status-badge';
import { Card, CardHeader } from '@/components/ui/card';
import { LoadProblem } from '@/components/ui/load-problem';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { useSandboxes } from '@/lib/client/sandboxes';
import type { TemplateResponse } from '@/lib/contract';
import { filterByTemplate, sandboxesUsingHref } from '@/lib/list/template-filter';

/** The sandboxes created from this template, each linking to its page (they also block a delete). */
export function TemplateSandboxes({ template }: { template: TemplateResponse }) {
  // Every sandbox (the list has no template filter): the same query the sandbox list and the templates list use.
  const query = useSandboxes();
  const items = query.data?.items;
  const using = useMemo(
    () => (items ? filterByTemplate(items, template.name, [template]) : undefined),
    [items, template],
  );

  return (
    <Card aria-labelledby="template-sandboxes-heading">
      <CardHeader
        id="template-sandboxes-heading"
        title="Sandboxes using it"
        description={
          using && using.length > 0
            ? `${using.length} sandbox${using.length === 1 ? '' : 'es'} created from this template.`
            : 'Sandboxes created from this template.'
        }
        actions={
          using && using.length > 0 ? (
            <Link
              href={sandboxesUsingHref(template)}
              className="text-accent-text text-sm font-medium hover:underline"
            >
              Show in the sandbox list
            </Link>
          ) : null
        }
      />
      {query.isPending ? (
        <div role="status" aria-label="Loading sandboxes" className="flex flex-col gap-3 px-5 py-4">
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-4 w-2/5" />
        </div>
      ) : !using ? (
        <LoadProblem
          title="Couldn't load the sandboxes"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : using.length === 0 ? (
        <p className="text-fg-muted px-5 py-4 text-sm">No sandbox uses this template.</p>
      ) : (
        <ul aria-label="Sandboxes using this template" className="divide-line divide-y">
          {using.map((sandbox) => (
            <li key={sandbox.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-5 py-2.5 text-sm">
              <Link
                href={`/sandboxes/${sandbox.id}`}
                className="text-fg rounded-control font-medium break-all hover:underline"
              >
                {sandbox.name}
              </Link>
              <StatusBadge status={sandbox.status} />
              {sandbox.created_at ? (
                <span className="text-fg-subtle ml-auto text-xs">
                  Created <RelativeTime value={sandbox.created_at} />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
