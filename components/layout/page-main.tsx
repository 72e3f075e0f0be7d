import type { ReactNode } from 'react';

/** The page's main landmark, the target of the "Skip to content" link. */
export function PageMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-8 outline-none sm:px-6 lg:px-8">
      {children}
    </main>
  );
}
