import Link from 'next/link';
import type { PublicConfig } from '@/lib/server/config';
import { ApiStatus } from './api-status';
import { MainNav } from './main-nav';
import { NewSandboxLink } from './new-sandbox-link';

/** The header of every page. The root layout reads `config` on the server and hands it down (see app/layout.tsx). */
export function SiteHeader({ config }: { config: PublicConfig }) {
  return (
    <header className="border-line bg-surface/85 supports-[backdrop-filter]:bg-surface/75 sticky top-0 z-30 border-b backdrop-blur">
      <div className="mx-auto flex h-14 w-full max-w-6xl items-center gap-6 px-4 sm:px-6 lg:px-8">
        <Link href="/sandboxes" className="rounded-control text-fg flex items-center gap-2.5 font-semibold">
          <LogoMark />
          <span className="hidden text-[15px] tracking-tight sm:inline">Sandbox Console</span>
          <span className="sr-only sm:hidden">Sandbox Console</span>
        </Link>
        <MainNav />
        <div className="ml-auto flex items-center gap-3">
          <ApiStatus mode={config.mode} apiHost={config.apiHost} />
          <NewSandboxLink />
        </div>
      </div>
    </header>
  );
}

function LogoMark() {
  return (
    <span
      aria-hidden="true"
      className="bg-accent text-accent-fg flex size-7 items-center justify-center rounded-lg shadow-sm"
    >
      <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth={1.8} className="size-4">
        <path d="m10 2.75 6.25 3.5v7.5L10 17.25l-6.25-3.5v-7.5L10 2.75Z" strokeLinejoin="round" />
        <path d="m3.75 6.25 6.25 3.5 6.25-3.5M10 9.75v7.5" strokeLinejoin="round" />
      </svg>
    </span>
  );
}
