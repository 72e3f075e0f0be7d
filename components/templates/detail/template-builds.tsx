'use client';

import { useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { RefreshIcon } from '@/components/ui/icons';
import { LoadProblem } from '@/components/ui/load-problem';
import { Skeleton } from '@/components/ui/skeleton';
import { useTemplateActivity } from '@/lib/client/audit';
import { auditKeys, templateKeys } from '@/lib/client/query-keys';
import { isBuildInFlight, useTemplateBuilds } from '@/lib/client/templates';
import type { TemplateResponse } from '@/lib/contract';
import { buildStarters } from '@/lib/templates/build-starters';
import { BuildLogViewer } from '../build-log/build-log-viewer';
import { BuildsTable } from './builds-table';

/**
 * The build chosen in the URL (`?build=`), so a link or a reload shows the same log; else the template's latest
 * build (the one in flight, right after a create or a rebuild); else the newest listed.
 */
function useSelectedBuild(latest: string | null | undefined) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const chosen = params.get('build') ?? undefined;
  const select = useCallback(
    (buildId: string) => {
      const next = new URLSearchParams(params);
      next.set('build', buildId);
      router.replace(`${pathname}?${next.toString()}`, { scroll: false });
    },
    [params, pathname, router],
  );
  return { chosen: chosen ?? latest ?? undefined, select };
}

/** The build history and, under it, the chosen build's log. */
export function TemplateBuilds({ template }: { template: TemplateResponse }) {
  const client = useQueryClient();
  const builds = useTemplateBuilds(template.id);
  const activity = useTemplateActivity(template.id);
  const { chosen, select } = useSelectedBuild(template.latest_build_id);

  const list = builds.data;
  const selected = list?.find((build) => build.id === chosen) ?? list?.[0];
  const records = activity.data?.records;
  // Without the audit log (a role or a deployment that can't read it) the "Started by" column is left out.
  const starters = useMemo(
    () => (list && records ? buildStarters(list, records) : undefined),
    [list, records],
  );

  // The build ended while watched: the template's status, size and builds change now, not at the next poll.
  const onFinished = useCallback(() => {
    void client.invalidateQueries({ queryKey: templateKeys.all });
    void client.invalidateQueries({ queryKey: auditKeys.template(template.id) });
  }, [client, template.id]);

  return (
    <Card aria-labelledby="builds-heading">
      <CardHeader
        id="builds-heading"
        title="Builds"
        description="Every build of this template, newest first. Choose one to see its log."
        actions={
          <Button
            variant="ghost"
            size="sm"
            onClick={() => void builds.refetch()}
            loading={builds.isFetching && !builds.isPending}
          >
            <RefreshIcon />
            Refresh
          </Button>
        }
      />
      {builds.isPending ? (
        <div role="status" aria-label="Loading builds" className="flex flex-col gap-3 px-5 py-4">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ) : !list ? (
        <LoadProblem
          title="Couldn't load the builds"
          error={builds.error}
          onRetry={() => void builds.refetch()}
          retrying={builds.isFetching}
        />
      ) : list.length === 0 ? (
        <p className="text-fg-muted px-5 py-4 text-sm">
          {template.build_spec
            ? 'No builds yet.'
            : 'This template has no builds to show: curated templates are built by the platform.'}
        </p>
      ) : (
        <>
          <BuildsTable builds={list} selectedId={selected?.id} onSelect={select} starters={starters} />
          {selected ? (
            <div className="border-line border-t">
              <BuildLogViewer
                key={selected.id}
                templateId={template.id}
                templateName={template.name}
                build={selected}
                // A past build's replay also "finishes": only a build seen running has news for the page.
                onFinished={isBuildInFlight(selected.status) ? onFinished : undefined}
              />
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
