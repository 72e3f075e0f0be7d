import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

/** The detail page's layout in grey, shown while the sandbox loads. */
export function SandboxDetailSkeleton() {
  return (
    <div aria-busy="true">
      <p role="status" className="sr-only">
        Loading sandbox…
      </p>
      <Skeleton className="mb-3 h-4 w-24" />
      <Skeleton className="h-8 w-72" />
      <Skeleton className="mt-2 mb-6 h-4 w-96 max-w-full" />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {[0, 1].map((card) => (
            <Card key={card} className="p-5">
              <Skeleton className="h-4 w-28" />
              <Skeleton className="mt-2 h-3 w-64 max-w-full" />
              <Skeleton className="mt-6 h-4 w-full" />
              <Skeleton className="mt-3 h-4 w-5/6" />
            </Card>
          ))}
        </div>
        <Card className="p-5">
          <Skeleton className="h-4 w-20" />
          {[0, 1, 2, 3, 4].map((row) => (
            <Skeleton key={row} className="mt-5 h-4 w-full" />
          ))}
        </Card>
      </div>
    </div>
  );
}
