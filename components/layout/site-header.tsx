import Link from 'next/link';
import type { ActorView } from '@/components/account/actor-context';
import { can } from '@/lib/access/permissions';
import type { PublicConfig } from '@/lib/server/config';
import { PaletteLauncher } from '@/components/palette/palette-launcher';
import { ApiStatus } from './api-status';
import { DisplayMenu } from './display-menu';
import { LogoMark } from './logo-mark';
import { MainNav } from './main-nav';
import { NavMenu } from './nav-menu';
import { NewSandboxLink } from './new-sandbox-link';
import { TimeZoneToggle } from './time-zone-toggle';
import { UserMenu } from './user-menu';

/**
 * The header of every dashboard page. Its layout reads `config` and the signed-in person on the server and hands
 * them down. "New sandbox" is there only for a role that may create one (the proxy refuses the others anyway).
 */
export function SiteHeader({ config, actor }: { config: PublicConfig; actor: ActorView }) {
  return (
    <header className="border-line bg-surface/85 supports-[backdrop-filter]:bg-surface/75 sticky top-0 z-30 border-b backdrop-blur">
      <div className="mx-auto flex h-14 w-full max-w-6xl items-center gap-3 px-4 sm:gap-6 sm:px-6 lg:px-8">
        <Link href="/" className="rounded-control text-fg flex items-center gap-2.5 font-semibold">
          <LogoMark />
          <span className="hidden text-[15px] tracking-tight whitespace-nowrap sm:inline">
            Sandbox Console
          </span>
          <span className="sr-only sm:hidden">Sandbox Console</span>
        </Link>
        {/*
          The header is one row at every width (tested at phone and desktop widths in e2e/phone-width.spec.ts):
          the sections are a row from xl and one menu below; the API status shows from lg; "New sandbox" is an
          icon where the row is full (below md, and from xl where the sections take the room).
        */}
        <MainNav className="hidden xl:block" />
        <NavMenu className="xl:hidden" />
        <div className="ml-auto flex items-center gap-2 sm:gap-3">
          <PaletteLauncher />
          <div className="hidden lg:block">
            <ApiStatus mode={config.mode} apiHost={config.apiHost} />
          </div>
          {can(actor.role, 'sandbox.create') ? <NewSandboxLink /> : null}
          {/* Time zone and theme: the UTC toggle where the header has room, the menu (which has both) always. */}
          <TimeZoneToggle className="hidden xl:block" />
          <DisplayMenu />
          <UserMenu actor={actor} />
        </div>
      </div>
    </header>
  );
}
