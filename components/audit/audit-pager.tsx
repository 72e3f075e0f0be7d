import { Button } from '@/components/ui/button';
import { ChevronLeftIcon, ChevronRightIcon } from '@/components/ui/icons';

type AuditPagerProps = {
  /** Cursors of the neighbouring pages, null at either end. */
  newer: string | null;
  older: string | null;
  /** Whether this page is below the newest (a cursor is in the URL). */
  paged: boolean;
  count: number;
  onPage: (cursor: { before?: string; after?: string }) => void;
};

/** Cursor paging: back to the newest, one page newer, one page older. */
export function AuditPager({ newer, older, paged, count, onPage }: AuditPagerProps) {
  return (
    <nav
      aria-label="Pages"
      className="border-line flex flex-wrap items-center justify-between gap-3 border-t px-4 py-3 text-sm"
    >
      <p className="text-fg-muted tabular-nums" aria-live="polite">
        {count === 1 ? '1 record on this page' : `${count.toLocaleString('en')} records on this page`}
      </p>
      <div className="flex gap-2">
        {paged ? (
          <Button variant="ghost" size="sm" onClick={() => onPage({})}>
            Newest
          </Button>
        ) : null}
        <Button
          variant="secondary"
          size="sm"
          disabled={!newer}
          onClick={() => newer && onPage({ after: newer })}
        >
          <ChevronLeftIcon />
          Newer
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={!older}
          onClick={() => older && onPage({ before: older })}
        >
          Older
          <ChevronRightIcon />
        </Button>
      </div>
    </nav>
  );
}
