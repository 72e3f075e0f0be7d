import type { ReactNode } from 'react';

/**
 * A create form's two columns: the sections, and (from `lg`) the sticky Create-and-preview column beside them.
 * One column below that, never wider than the screen: the preview's long lines scroll inside it.
 */
export function CreateFormGrid({ children, aside }: { children: ReactNode; aside: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-6 lg:grid-cols-[minmax(0,1fr)_26rem] xl:grid-cols-[minmax(0,1fr)_28rem]">
      <div className="flex min-w-0 flex-col gap-6">{children}</div>
      {aside}
    </div>
  );
}
