/**
 * Helpers for the create-form specs: locating rows by their accessible labels (which is also how a screen
 * reader finds them) and watching for POSTs that must not happen.
 */
import { expect, type Locator, type Page, type Request } from '@playwright/test';

export const NEW_PAGE = '/sandboxes/new';

export function editor(
  page: Page,
  name: 'Metadata' | 'Environment variables' | 'Allowed destinations' | 'Blocked ranges',
) {
  return page.getByRole('group', { name, exact: true });
}

/** Opens the form and waits until the templates have loaded (the hint shows what the sandbox inherits). */
export async function openForm(page: Page, query = ''): Promise<void> {
  await page.goto(`${NEW_PAGE}${query}`);
  // The form renders after hydration (its first values come from sessionStorage); give a busy CI machine time.
  await expect(page.getByRole('heading', { level: 1, name: 'New sandbox' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('template-hint')).toContainText('inherits', { timeout: 15_000 });
}

/** Adds a metadata or env row through the editor's own button and fills it. */
export async function addKeyValue(page: Page, group: Locator, key: string, value: string): Promise<void> {
  const count = await group.getByRole('listitem').count();
  await group.getByRole('button', { name: /^Add (tag|variable)$/ }).click();
  const row = group.getByRole('listitem').nth(count);
  await row.locator('input, textarea').nth(0).fill(key);
  await row.locator('input, textarea').nth(1).fill(value);
  await row.locator('input, textarea').nth(1).blur();
}

export async function addRule(group: Locator, rule: string): Promise<void> {
  const count = await group.getByRole('listitem').count();
  await group.getByRole('button', { name: /^Add (destination|range)$/ }).click();
  const input = group.getByRole('listitem').nth(count).getByRole('textbox');
  await input.fill(rule);
  await input.blur();
}

/** Picks a template through the combobox with the keyboard. */
export async function chooseTemplate(page: Page, name: string): Promise<void> {
  const combobox = page.getByRole('combobox', { name: 'Template' });
  await combobox.fill(name);
  await expect(page.getByRole('option', { name: new RegExp(name.replace(/[/.]/g, '\\$&')) })).toBeVisible();
  await combobox.press('ArrowDown');
  await combobox.press('Enter');
  await expect(combobox).toHaveValue(name);
}

/** Records every POST /api/sandboxes the page sends. */
export function watchCreates(page: Page): Request[] {
  const creates: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/sandboxes')
      creates.push(request);
  });
  return creates;
}

/** The id from /sandboxes/<uuid> once the form navigated there. */
export async function createdId(page: Page): Promise<string> {
  await page.waitForURL(/\/sandboxes\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  return new URL(page.url()).pathname.split('/').pop() as string;
}

/** The sandbox name input (its label also holds a decorative "*", so match the accessible name). */
export function nameInput(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Name', exact: true });
}
