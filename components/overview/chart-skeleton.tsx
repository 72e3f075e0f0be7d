import { cn } from '@/components/ui/cn';

/** The chart's height: the skeleton and the chart take the very same box, so nothing moves when it lands. */
export const CHART_HEIGHT = 224;

/** Grey bars where the chart will be, while its code loads (it is fetched only on this page, on demand). */
export function ChartSkeleton({ className }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      style={{ height: CHART_HEIGHT }}
      className={cn('flex items-end gap-[3%] px-[6%] pt-6 pb-8', className)}
      data-testid="chart-skeleton"
    >
      {[40, 65, 30, 80, 55, 70, 45].map((height, index) => (
        <span
          key={index}
          style={{ height: `${height}%` }}
          className="bg-surface-hover block flex-1 animate-pulse rounded-t-md"
        />
      ))}
    </div>
  );
}
