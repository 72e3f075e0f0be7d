'use client';

import { Button } from '@/components/ui/button';
import { ChevronLeftIcon, ChevronRightIcon } from '@/components/ui/icons';
import { Select } from '@/components/ui/select';
import { PAGE_SIZES, type PageSize } from '@/lib/list/filters';
import { pageCount, pageRange } from '@/lib/list/paging';

type PagerProps = {
  page: number;
  pageSize: PageSize;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: PageSize) => void;
};

const count = (n: number) => n.toLocaleString('en');

/** "26–50 of 1,320", rows per page, and previous/next. */
export function Pager({ page, pageSize, total, onPage, onPageSize }: PagerProps) {
  const pages = pageCount(total, pageSize);
  const { first, last } = pageRange(page, pageSize, total);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
      <p className="text-fg-muted tabular-nums" aria-live="polite">
        {total === 0 ? 'No sandboxes' : `${count(first)}–${count(last)} of ${count(total)}`}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <label className="text-fg-muted flex items-center gap-2 text-sm">
          Rows per page
          <Select
            value={String(pageSize)}
            onChange={(event) => onPageSize(Number(event.target.value) as PageSize)}
            className="h-8 w-20"
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </Select>
        </label>
        <span className="text-fg-muted tabular-nums">
          Page {count(Math.min(page, pages))} of {count(pages)}
        </span>
        <div className="flex gap-1">
          <Button
            variant="secondary"
            size="icon"
            onClick={() => onPage(page - 1)}
            disabled={page <= 1}
            aria-label="Previous page"
          >
            <ChevronLeftIcon />
          </Button>
          <Button
            variant="secondary"
            size="icon"
            onClick={() => onPage(page + 1)}
            disabled={page >= pages}
            aria-label="Next page"
          >
            <ChevronRightIcon />
          </Button>
        </div>
      </div>
    </nav>
  );
}
