'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useCan } from '@/components/account/actor-context';
import { buttonClasses } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { usePageShortcut } from '@/lib/client/keyboard';
import { useIsClient } from '@/lib/client/use-is-client';
import { NEW_SANDBOX_CHORD } from '@/lib/palette/chords';

export const NEW_SANDBOX_PATH = '/sandboxes/new';

/**
 * The header's "New sandbox" button; the `c` key opens it from anywhere but a text field. Neither exists for a
 * role that can't create (the header leaves the link out too; this keeps the shortcut honest wherever it is used).
 */
export function NewSandboxLink() {
  const router = useRouter();
  const pathname = usePathname();
  const allowed = useCan('sandbox.create');
  // The shortcut is advertised only once its listener can run: before hydration a press would do nothing.
  const shortcutReady = useIsClient();

  usePageShortcut(
    NEW_SANDBOX_CHORD,
    () => {
      if (pathname === NEW_SANDBOX_PATH) return false;
      router.push(NEW_SANDBOX_PATH);
    },
    allowed,
  );

  if (!allowed) return null;
  return (
    <Link
      href={NEW_SANDBOX_PATH}
      aria-keyshortcuts={shortcutReady ? 'c' : undefined}
      title={shortcutReady ? 'New sandbox (c)' : 'New sandbox'}
      className={buttonClasses({ size: 'sm' })}
    >
      <PlusIcon />
      <span className="hidden md:inline xl:hidden">New sandbox</span>
      <span className="sr-only md:hidden xl:inline">New sandbox</span>
    </Link>
  );
}
