'use client';

import { useTheme } from 'next-themes';
import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Bucket, BucketUnit } from '@/lib/overview/buckets';
import { bucketLabel, createdPhrase } from '@/lib/overview/bucket-labels';
import { readChartColors } from './chart-colors';
import { chartOptions } from './chart-options';
import { CHART_HEIGHT } from './chart-skeleton';

export type CreationsChartProps = {
  buckets: readonly Bucket[];
  unit: BucketUnit;
  timeZone: string | undefined;
};

type Hover = { index: number; left: number };

/**
 * The creations bar chart, drawn by uPlot on a canvas. Loaded on demand, only by the overview (next/dynamic in
 * creations-card), with uPlot's stylesheet. Rebuilt when its buckets, zone or the theme change (a few dozen
 * bars: cheap); sized to its box and kept so as the box resizes. The canvas is hidden from screen readers: the
 * card carries a table with the same numbers.
 */
export default function CreationsChart({ buckets, unit, timeZone }: CreationsChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const { resolvedTheme } = useTheme();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let plot: uPlot | null = null;
    // next-themes swaps <html>'s class in its own effect, which runs after ours: read the tokens a frame later.
    const frame = requestAnimationFrame(() => {
      const labels = buckets.map((bucket) => bucketLabel(bucket, unit, 'axis', timeZone));
      const options = chartOptions({
        width: element.clientWidth,
        height: CHART_HEIGHT,
        labels,
        colors: readChartColors(element),
        onHover: (index, left) => setHover(index === null ? null : { index, left }),
      });
      const data: uPlot.AlignedData = [
        buckets.map((_, index) => index),
        buckets.map((bucket) => bucket.count),
      ];
      plot = new uPlot(options, data, element);
    });
    const resize = new ResizeObserver(() =>
      plot?.setSize({ width: element.clientWidth, height: CHART_HEIGHT }),
    );
    resize.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      plot?.destroy();
      setHover(null);
    };
  }, [buckets, unit, timeZone, resolvedTheme]);

  const hovered = hover ? buckets[hover.index] : undefined;
  return (
    <div ref={box} aria-hidden="true" className="relative w-full" style={{ height: CHART_HEIGHT }}>
      {hover && hovered ? (
        <div
          className="border-line bg-surface text-fg shadow-overlay pointer-events-none absolute top-1 z-10 -translate-x-1/2 rounded-md border px-2.5 py-1.5 text-xs whitespace-nowrap"
          style={{ left: hover.left }}
          data-testid="chart-tooltip"
        >
          <div className="font-medium">{bucketLabel(hovered, unit, 'full', timeZone)}</div>
          <div className="text-fg-muted tabular-nums">{createdPhrase(hovered.count)}</div>
        </div>
      ) : null}
    </div>
  );
}
