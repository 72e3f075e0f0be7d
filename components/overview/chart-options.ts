import uPlot from 'uplot';
import type { ChartColors } from './chart-colors';

type ChartOptionsInput = {
  width: number;
  height: number;
  /** One axis label per bar, oldest first. */
  labels: readonly string[];
  colors: ChartColors;
  /** The bar under the pointer and its centre in CSS px from the chart's left edge; null when it leaves. */
  onHover: (index: number | null, left: number) => void;
};

/** Every 3rd hour is labelled on the 24-hour axis (the latest included); every day on the 7-day one. */
function labelledIndexes(count: number): number[] {
  const step = count > 12 ? 3 : 1;
  return Array.from({ length: count }, (_, index) => index).filter(
    (index) => (count - 1 - index) % step === 0,
  );
}

/**
 * uPlot's options for the creations bars. The x axis is the bucket's index (buckets are already in the chosen
 * zone, with their own labels), so uPlot never converts times itself and every bar is equally wide, even on a
 * 23- or 25-hour day.
 */
export function chartOptions({ width, height, labels, colors, onHover }: ChartOptionsInput): uPlot.Options {
  const count = labels.length;
  const axisBase = { stroke: colors.text, font: colors.font, ticks: { stroke: colors.grid, width: 1 } };
  return {
    width,
    height,
    legend: { show: false },
    padding: [12, 12, 0, 4],
    cursor: { y: false, drag: { x: false, y: false }, points: { show: false } },
    scales: {
      x: { time: false, range: () => [-0.5, count - 0.5] },
      y: { range: (_plot, _min, max) => [0, Math.max(4, Math.ceil(max * 1.15))] },
    },
    axes: [
      {
        ...axisBase,
        grid: { show: false },
        splits: () => labelledIndexes(count),
        values: (_plot, splits) => splits.map((index) => labels[index] ?? ''),
      },
      {
        ...axisBase,
        grid: { stroke: colors.grid, width: 1 },
        size: 40,
        incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000],
        values: (_plot, splits) => splits.map((value) => (Number.isInteger(value) ? String(value) : '')),
      },
    ],
    series: [
      {},
      {
        label: 'Created',
        fill: colors.bar,
        stroke: colors.bar,
        width: 0,
        paths: uPlot.paths.bars?.({ size: [0.62, 56], radius: 0.15, align: 0 }),
        points: { show: false },
      },
    ],
    hooks: {
      setCursor: [
        (plot) => {
          const index = plot.cursor.idx;
          if (index === null || index === undefined) return onHover(null, 0);
          onHover(index, plot.over.offsetLeft + plot.valToPos(index, 'x'));
        },
      ],
    },
  };
}
