'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useCan } from '@/components/account/actor-context';
import { buttonClasses } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { useIsClient } from '@/lib/client/use-is-client';

export const NEW_SANDBOX_PATH = '/sandboxes/new';

/** True when a key press is meant for a text field, a menu or a dialog rather than for a page shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [role="combobox"], [role="menu"], [role="dialog"]'))
    return true;
  return false;
}

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

  useEffect(() => {
    if (!allowed) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'c' || event.metaKey || event.ctrlKey || event.altKey || event.shiftKey) return;
      if (event.defaultPrevented || event.repeat || isTypingTarget(event.target)) return;
      if (pathname === NEW_SANDBOX_PATH) return;
      event.preventDefault();
      router.push(NEW_SANDBOX_PATH);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [router, pathname, allowed]);

  if (!allowed) return null;
  return (
    <Link
      href={NEW_SANDBOX_PATH}
      aria-keyshortcuts={shortcutReady ? 'c' : undefined}
      title={shortcutReady ? 'New sandbox (c)' : 'New sandbox'}
      className={buttonClasses({ size: 'sm' })}
    >
      <PlusIcon />
      <span className="hidden sm:inline">New sandbox</span>
      <span className="sr-only sm:hidden">New sandbox</span>
    </Link>
  );
}
