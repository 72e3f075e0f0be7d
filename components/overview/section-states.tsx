import { Skeleton } from '@/components/ui/skeleton';

/** A card's loading lines, announced once to screen readers ("Loading the templates…"). */
export function SectionLoading({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-3 px-5 py-4">
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} className={index % 2 === 0 ? 'h-4 w-2/3' : 'h-4 w-1/2'} />
      ))}
    </div>
  );
}
