import type { Bucket, BucketUnit } from '@/lib/overview/buckets';
import { bucketLabel, bucketsSummary } from '@/lib/overview/bucket-labels';

type CreationsTableProps = {
  buckets: readonly Bucket[];
  unit: BucketUnit;
  timeZone: string | undefined;
  id: string;
};

/**
 * The chart's text alternative: a one-line summary and every bucket in a table, visually hidden (the canvas
 * says nothing to a screen reader). The chart's figure points at it with aria-describedby.
 */
export function CreationsTable({ buckets, unit, timeZone, id }: CreationsTableProps) {
  return (
    <div className="sr-only" id={id} data-testid="creations-text">
      <p>{bucketsSummary(buckets, unit, timeZone)}</p>
      <table>
        <caption>Sandboxes created per {unit}</caption>
        <thead>
          <tr>
            <th scope="col">{unit === 'day' ? 'Day' : 'Hour'}</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => (
            <tr key={bucket.key}>
              <th scope="row">{bucketLabel(bucket, unit, 'full', timeZone)}</th>
              <td>{bucket.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
