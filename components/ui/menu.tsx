'use client';

import * as RadixMenu from '@radix-ui/react-dropdown-menu';
import { useCallback, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cn } from './cn';
import { CheckIcon } from './icons';
import { useOpenedByKeyboard } from './on-first-use';

/** A dropdown menu with full keyboard support (arrows, typeahead, Escape) from Radix, styled once here. */
export const Menu = RadixMenu.Root;
export const MenuTrigger = RadixMenu.Trigger;

export function MenuContent({
  className,
  align = 'end',
  sideOffset = 6,
  ...props
}: ComponentPropsWithoutRef<typeof RadixMenu.Content>) {
  const openedByKeyboard = useOpenedByKeyboard();
  const handled = useRef(false);
  // Mounted open by the key press that loaded it (OnFirstUse): start on the first item, as Radix does itself for
  // a menu opened from the keyboard. Radix focuses the menu itself once it is in place (in the portal, after this
  // component's own effects): the first item takes over from there. Only the first open: later ones are Radix's.
  const contentRef = useCallback(
    (content: HTMLDivElement | null) => {
      if (!content || !openedByKeyboard || handled.current) return;
      handled.current = true;
      const onFocusIn = (event: FocusEvent) => {
        if (event.target !== content) return;
        content.removeEventListener('focusin', onFocusIn);
        content
          .querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')
          ?.focus({ preventScroll: true });
      };
      content.addEventListener('focusin', onFocusIn);
    },
    [openedByKeyboard],
  );
  return (
    <RadixMenu.Portal>
      <RadixMenu.Content
        ref={contentRef}
        align={align}
        sideOffset={sideOffset}
        className={cn(
          'rounded-control border-line bg-surface shadow-overlay z-50 min-w-44 border p-1',
          'data-[state=open]:animate-pop-in',
          className,
        )}
        {...props}
      />
    </RadixMenu.Portal>
  );
}

type MenuItemProps = ComponentPropsWithoutRef<typeof RadixMenu.Item> & {
  tone?: 'default' | 'danger';
  icon?: ReactNode;
};

export function MenuItem({ className, tone = 'default', icon, children, ...props }: MenuItemProps) {
  return (
    <RadixMenu.Item
      className={cn(
        'flex cursor-default items-center gap-2 rounded-[calc(var(--radius-control)-2px)] px-2.5 py-1.5 text-sm outline-none select-none',
        'data-[disabled]:pointer-events-none data-[disabled]:opacity-50',
        tone === 'danger'
          ? 'text-danger-text data-[highlighted]:bg-danger-soft'
          : 'text-fg data-[highlighted]:bg-surface-hover',
        className,
      )}
      {...props}
    >
      {/* Without an icon the child is passed alone, so `asChild` can make a link the item. */}
      {icon ? (
        <>
          <span className="text-current opacity-80">{icon}</span>
          {children}
        </>
      ) : (
        children
      )}
    </RadixMenu.Item>
  );
}

/** One-of-several choices inside a menu (a theme, a time zone): the chosen one is checked, for sight and AT. */
export const MenuRadioGroup = RadixMenu.RadioGroup;

export function MenuRadioItem({
  className,
  icon,
  children,
  ...props
}: ComponentPropsWithoutRef<typeof RadixMenu.RadioItem> & { icon?: ReactNode }) {
  return (
    <RadixMenu.RadioItem
      className={cn(
        'text-fg data-[highlighted]:bg-surface-hover flex cursor-default items-center gap-2 rounded-[calc(var(--radius-control)-2px)] py-1.5 pr-2.5 pl-2.5 text-sm outline-none select-none',
        'data-[state=checked]:font-medium',
        className,
      )}
      {...props}
    >
      {icon ? <span className="text-fg-muted">{icon}</span> : null}
      <span className="flex-1">{children}</span>
      <RadixMenu.ItemIndicator className="text-accent-text">
        <CheckIcon />
      </RadixMenu.ItemIndicator>
    </RadixMenu.RadioItem>
  );
}

/** A non-interactive heading inside a menu, like who is signed in. */
export function MenuLabel({ className, ...props }: ComponentPropsWithoutRef<typeof RadixMenu.Label>) {
  return <RadixMenu.Label className={cn('px-2.5 py-1.5 text-xs font-medium', className)} {...props} />;
}

export function MenuSeparator({ className, ...props }: ComponentPropsWithoutRef<typeof RadixMenu.Separator>) {
  return <RadixMenu.Separator className={cn('bg-line my-1 h-px', className)} {...props} />;
}
