'use client';

import { useTheme } from 'next-themes';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Bucket, BucketUnit } from '@/lib/overview/buckets';
import { nextBarIndex } from '@/lib/overview/bar-keys';
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
 * bars: cheap); sized to its box and kept so as the box resizes. The pointer or the arrow keys show a bar's
 * day (or hour) and count, and so does a screen reader (a slider over the bars); the card also carries a table.
 */
export default function CreationsChart({ buckets, unit, timeZone }: CreationsChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
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
      plotRef.current = plot;
    });
    const resize = new ResizeObserver(() =>
      plot?.setSize({ width: element.clientWidth, height: CHART_HEIGHT }),
    );
    resize.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      plot?.destroy();
      plotRef.current = null;
      setHover(null);
    };
  }, [buckets, unit, timeZone, resolvedTheme]);

  /** The keyboard moves uPlot's cursor, so a bar is shown exactly as the pointer would show it. */
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const plot = plotRef.current;
    const next = nextBarIndex(event.key, hover?.index ?? null, buckets.length);
    if (!plot || next === null) return;
    event.preventDefault();
    plot.setCursor({ left: plot.valToPos(next, 'x'), top: plot.over.clientHeight / 2 });
  }

  const hovered = hover ? buckets[hover.index] : undefined;
  // For assistive technology the chart is a slider over its bars: each step reads a bar's time and count.
  const current = hover?.index ?? buckets.length - 1;
  const currentBucket = buckets[current];
  return (
    <div
      ref={box}
      tabIndex={0}
      role="slider"
      aria-label={unit === 'day' ? 'Sandboxes created per day' : 'Sandboxes created per hour'}
      aria-valuemin={0}
      aria-valuemax={Math.max(0, buckets.length - 1)}
      aria-valuenow={current}
      aria-valuetext={
        currentBucket
          ? `${bucketLabel(currentBucket, unit, 'full', timeZone)}: ${createdPhrase(currentBucket.count)}`
          : undefined
      }
      onKeyDown={onKeyDown}
      onBlur={() => plotRef.current?.setCursor({ left: -10, top: -10 })}
      className="rounded-control relative w-full"
      style={{ height: CHART_HEIGHT }}
    >
      {hover && hovered ? (
        <div
          aria-hidden="true"
          className="border-line bg-surface text-fg shadow-overlay pointer-events-none absolute top-1 z-10 -translate-x-1/2 rounded-md border px-2.5 py-1.5 text-xs whitespace-nowrap"
          // Centred on its bar, but never past the chart's edges (the first and the last bars sit near them).
          style={{ left: `clamp(5.5rem, ${hover.left}px, calc(100% - 5.5rem))` }}
          data-testid="chart-tooltip"
        >
          <div className="font-medium">{bucketLabel(hovered, unit, 'full', timeZone)}</div>
          <div className="text-fg-muted tabular-nums">{createdPhrase(hovered.count)}</div>
        </div>
      ) : null}
    </div>
  );
}
