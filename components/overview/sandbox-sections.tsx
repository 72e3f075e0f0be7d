'use client';

import { Card, CardHeader } from '@/components/ui/card';
import { LoadProblem } from '@/components/ui/load-problem';
import { useAllSandboxes } from '@/lib/client/all-sandboxes';
import { ChartSkeleton } from './chart-skeleton';
import { CreationsCard } from './creations-card';
import { EndingSoonCard } from './ending-soon-card';
import { FirstRun } from './first-run';
import { ResourcesCard } from './resources-card';
import { SectionLoading } from './section-states';

const GRID = 'grid items-start gap-6 lg:grid-cols-3';

function LoadingCards() {
  return (
    <div className={GRID}>
      <Card className="lg:col-span-2">
        <CardHeader title="Sandboxes created" />
        <div className="px-3 pt-2 pb-1">
          <ChartSkeleton />
        </div>
      </Card>
      <Card>
        <CardHeader title="Resources in use" />
        <SectionLoading label="Loading the sandboxes" />
      </Card>
    </div>
  );
}

/**
 * The sections read from every sandbox (one cached list, shared with the templates page): the creations chart,
 * the resources in use and the lifetimes ending soon. With no sandbox at all, the first-run guide instead.
 */
export function SandboxSections({
  refetchInterval,
  canCreate,
}: {
  refetchInterval: number | false;
  canCreate: boolean;
}) {
  const { data, error, isPending, isFetching, refetch } = useAllSandboxes(undefined, { refetchInterval });
  if (isPending) return <LoadingCards />;
  if (!data) {
    return (
      <Card>
        <LoadProblem
          title="Couldn't load the sandboxes"
          error={error}
          onRetry={() => void refetch()}
          retrying={isFetching}
        />
      </Card>
    );
  }
  if (data.items.length === 0) return <FirstRun canCreate={canCreate} />;
  return (
    <div className={GRID}>
      <div className="lg:col-span-2">
        <CreationsCard sandboxes={data.items} />
      </div>
      <div className="flex flex-col gap-6">
        <ResourcesCard sandboxes={data.items} />
        <EndingSoonCard sandboxes={data.items} />
      </div>
    </div>
  );
}
