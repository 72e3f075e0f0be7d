'use client';

import dynamic from 'next/dynamic';
import { useId, useMemo, useState } from 'react';
import { Card, CardHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import type { SandboxListItem } from '@/lib/contract';
import { useNow } from '@/lib/client/use-now';
import { useTimeZone } from '@/lib/client/time-zone';
import { timeZoneLabel } from '@/lib/format/time';
import { bucketCreations, type BucketUnit } from '@/lib/overview/buckets';
import { ChartSkeleton } from './chart-skeleton';
import { CreationsTable } from './creations-table';

// uPlot and its stylesheet load only here, after the page is up, behind a skeleton of the chart's exact size.
const CreationsChart = dynamic(() => import('./creations-chart'), {
  ssr: false,
  loading: () => <ChartSkeleton />,
});

const RANGES: ReadonlyArray<{ unit: BucketUnit; label: string }> = [
  { unit: 'day', label: '7 days' },
  { unit: 'hour', label: '24 hours' },
];

function RangeToggle({ unit, onChange }: { unit: BucketUnit; onChange: (unit: BucketUnit) => void }) {
  return (
    <div role="group" aria-label="Time range" className="bg-surface-muted rounded-control flex p-0.5">
      {RANGES.map((range) => (
        <button
          key={range.unit}
          type="button"
          aria-pressed={unit === range.unit}
          onClick={() => onChange(range.unit)}
          className={cn(
            'rounded-control px-2.5 py-1 text-xs font-medium transition-colors',
            unit === range.unit ? 'bg-surface-raised text-fg shadow-card' : 'text-fg-muted hover:text-fg',
          )}
        >
          {range.label}
        </button>
      ))}
    </div>
  );
}

/**
 * Sandboxes created per day over the last 7 days, or per hour over the last 24, in the chosen time zone. The
 * API lists only sandboxes that still exist, so deleted ones are not counted; the card says so.
 */
export function CreationsCard({ sandboxes }: { sandboxes: readonly SandboxListItem[] }) {
  const [unit, setUnit] = useState<BucketUnit>('day');
  const { timeZone } = useTimeZone();
  // A new minute can start a new bucket; null until the browser's clock is known (no server guess to undo).
  const now = useNow(60_000);
  const textId = useId();
  const buckets = useMemo(
    () =>
      now === null
        ? null
        : bucketCreations(
            sandboxes.map((sandbox) => sandbox.created_at),
            { unit, now, timeZone },
          ),
    [sandboxes, unit, now, timeZone],
  );

  return (
    <Card aria-labelledby="creations-heading">
      <CardHeader
        id="creations-heading"
        title="Sandboxes created"
        description={`Per ${unit}, ${unit === 'day' ? 'the last 7 days' : 'the last 24 hours'}${
          // Named once the browser's clock (and so its zone) is known: the server can't know either.
          now === null ? '' : ` (${timeZoneLabel(now, { timeZone })})`
        }, of those that still exist.`}
        actions={<RangeToggle unit={unit} onChange={setUnit} />}
      />
      <figure
        aria-labelledby="creations-heading"
        aria-describedby={buckets ? textId : undefined}
        className="px-3 pt-2 pb-1"
      >
        {buckets ? (
          <>
            <CreationsChart buckets={buckets} unit={unit} timeZone={timeZone} />
            <CreationsTable id={textId} buckets={buckets} unit={unit} timeZone={timeZone} />
          </>
        ) : (
          <ChartSkeleton />
        )}
      </figure>
    </Card>
  );
}
