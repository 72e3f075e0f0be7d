'use client';

import type { ComponentPropsWithRef } from 'react';
import { Button } from '@/components/ui/button';
import { MoonIcon, SunIcon } from '@/components/ui/icons';

type DisplayButtonProps = Omit<ComponentPropsWithRef<typeof Button>, 'children'>;

/**
 * The header's theme button: a sun in the light theme, a moon in the dark one. Which icon shows is decided by the
 * `dark` class next-themes puts on <html> before the first paint, in CSS, so the server's HTML is right for both
 * and nothing changes on hydration. The same button before the menu's code has loaded and as its trigger after.
 */
export function DisplayButton(props: DisplayButtonProps) {
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label="Theme and time zone"
      title="Theme and time zone"
      {...props}
    >
      <SunIcon className="size-[18px] dark:hidden" />
      <MoonIcon className="hidden size-[18px] dark:block" />
    </Button>
  );
}
