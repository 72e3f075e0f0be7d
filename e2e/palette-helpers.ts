/**
 * Helpers for the command palette specs: opening it the way a person does (⌘K / Ctrl+K once the page's
 * JavaScript runs) and finding its parts by role and name, as a screen reader would.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The header's search button; it advertises the shortcut only once its listener runs (after hydration). */
export function paletteButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: /^Search/ });
}

export function palette(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Command palette' });
}

export function paletteInput(page: Page): Locator {
  return palette(page).getByRole('combobox', { name: 'Search sandboxes, templates, pages and commands' });
}

/** The palette's row whose text starts with `label` (rows also show an id or a status after it). */
export function paletteOption(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return palette(page).getByRole('option', { name: new RegExp(`^${escaped}`) });
}

export async function waitForShortcuts(page: Page): Promise<void> {
  await expect(paletteButton(page)).toHaveAttribute('aria-keyshortcuts', /K$/, { timeout: 20_000 });
}

/** Presses ⌘K / Ctrl+K and waits for the palette, its search box focused. */
export async function openPalette(page: Page): Promise<void> {
  await waitForShortcuts(page);
  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette(page)).toBeVisible();
  await expect(paletteInput(page)).toBeFocused();
}
