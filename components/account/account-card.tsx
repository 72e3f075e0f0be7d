import type { ReactNode } from 'react';

import { LogoMark } from '@/components/layout/logo-mark';

/** The sign-in and setup pages: one centred card under the product's name, nothing else to distract. */
export function AccountCard({
  title,
  description,
  children,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto flex w-full max-w-sm flex-col gap-6 pt-10 sm:pt-16">
      <div className="flex flex-col items-center gap-3 text-center">
        <LogoMark size="lg" />
        <h1 className="text-fg text-xl font-semibold tracking-tight">{title}</h1>
        <p className="text-fg-muted text-sm">{description}</p>
      </div>
      <div className="border-line bg-surface rounded-card border p-6 shadow-sm">{children}</div>
    </div>
  );
}
