import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** The detail page's layout in grey while the sandbox loads: header, facts strip, console, two sections. */
export function DetailSkeleton() {
  return (
    <div aria-busy="true">
      <p role="status" className="sr-only">
        Loading sandbox…
      </p>
      <Skeleton className="mb-3 h-4 w-24" />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <Skeleton className="h-8 w-72 max-w-full" />
          <Skeleton className="mt-2 h-4 w-96 max-w-full" />
        </div>
        <div className="flex gap-2">
          <Skeleton className="h-9 w-24" />
          <Skeleton className="h-9 w-24" />
        </div>
      </div>
      <Card className="mb-6 grid grid-cols-2 gap-6 p-5 sm:grid-cols-3 lg:grid-cols-6">
        {[0, 1, 2, 3, 4, 5].map((fact) => (
          <div key={fact}>
            <Skeleton className="h-3 w-16" />
            <Skeleton className="mt-2 h-4 w-24" />
          </div>
        ))}
      </Card>
      <Card className="mb-6 p-5">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="mt-2 h-3 w-80 max-w-full" />
        <Skeleton className="mt-6 h-9 w-full" />
        <Skeleton className="mt-4 h-24 w-full" />
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        {[0, 1].map((card) => (
          <Card key={card} className="p-5">
            <Skeleton className="h-4 w-28" />
            <Skeleton className="mt-2 h-3 w-64 max-w-full" />
            <Skeleton className="mt-6 h-4 w-full" />
            <Skeleton className="mt-3 h-4 w-5/6" />
          </Card>
        ))}
      </div>
    </div>
  );
}
