'use client';

import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** A two-line row (name over id) at the table's density; rows measure themselves once drawn. */
const ESTIMATED_ROW_PX = 61;
/**
 * The viewport assumed before the browser's is known: the server renders the rows of a window this size (so the
 * HTML has rows in it, not just spacers), and hydration starts from the same, at the top of the page, so both
 * agree; the real window's size and scroll take over right after.
 */
const INITIAL_VIEWPORT = { width: 1280, height: 1000 };

export type MeasureRow = Virtualizer<Window, HTMLTableRowElement>['measureElement'];

/**
 * A row's height from the virtualiser's ResizeObserver, which reports every new row once laid out (before it is
 * painted). When a row mounts, the virtualiser asks without an observation: the height already known for that
 * sandbox, or the estimate, instead of reading offsetHeight, which would force a layout of the table in the
 * middle of React's commit for each new page or filter.
 */
function rowHeight(
  row: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  virtualizer: Virtualizer<Window, HTMLTableRowElement>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const key = virtualizer.options.getItemKey(virtualizer.indexFromElement(row));
  return virtualizer.itemSizeCache.get(key) ?? ESTIMATED_ROW_PX;
}

type VirtualRowsProps = {
  count: number;
  columns: number;
  getKey: (index: number) => string;
  renderRow: (index: number, measure: MeasureRow) => ReactNode;
};

/**
 * Only the rows near the viewport are in the DOM; two spacer rows keep the table's full height, so the page
 * scrolls natively (window scrolling, no inner scroll box) and the fixed columns do not shift.
 */
export function VirtualRows({ count, columns, getKey, renderRow }: VirtualRowsProps) {
  const startRef = useRef<HTMLTableRowElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page. Anything above the table (a filter row, the bulk bar) moves them, and
  // always changes the body's height too, which is what is watched.
  useLayoutEffect(() => {
    const element = startRef.current;
    if (!element) return;
    const measure = () => setScrollMargin(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count,
    estimateSize: () => ESTIMATED_ROW_PX,
    measureElement: rowHeight,
    overscan: 8,
    scrollMargin,
    getItemKey: getKey,
    initialRect: INITIAL_VIEWPORT,
    initialOffset: 0,
  });
  const items = virtualizer.getVirtualItems();
  const before = (items[0]?.start ?? scrollMargin) - scrollMargin;
  const after = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? scrollMargin) - scrollMargin);

  return (
    <>
      <Spacer ref={startRef} height={before} columns={columns} />
      {items.map((item) => renderRow(item.index, virtualizer.measureElement))}
      <Spacer height={after} columns={columns} />
    </>
  );
}

function Spacer({
  height,
  columns,
  ref,
}: {
  height: number;
  columns: number;
  ref?: React.Ref<HTMLTableRowElement>;
}) {
  return (
    <tr ref={ref} aria-hidden="true" className="border-0">
      <td colSpan={columns} style={{ height: Math.max(0, height), padding: 0, border: 0 }} />
    </tr>
  );
}
