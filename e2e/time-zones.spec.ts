/**
 * Local time or UTC (issue #13): the header's toggle flips every absolute time on the page, each names its zone,
 * the choice is remembered, and no time in the server's zone is ever painted. The browser is in Tokyo (GMT+9, no
 * daylight saving) so local time and UTC always differ.
 */
import type { Page } from '@playwright/test';
import type { SandboxResponse } from '@/lib/contract';
import { expect, test } from './fixtures';
import { SEEDED_SANDBOXES } from './seeded';

test.use({ timezoneId: 'Asia/Tokyo' });

const SANDBOX = SEEDED_SANDBOXES[0];

/** The moment as the page formats it in full, computed in the browser for a zone (undefined: its own). */
function fullTime(page: Page, at: string, timeZone: string | undefined): Promise<string> {
  return page.evaluate(
    ([value, zone]) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'long', timeZone: zone }).format(
        new Date(value),
      ),
    [at, timeZone] as const,
  );
}

test('the UTC toggle changes the shown times from local (GMT+9) to UTC, and it is remembered', async ({
  page,
  request,
}) => {
  const sandbox = (await (await request.get(`/api/sandboxes/${SANDBOX.id}`)).json()) as SandboxResponse;
  await page.goto(`/sandboxes/${SANDBOX.id}`);
  const details = page.getByRole('region', { name: 'Details' });
  // The Created fact: "45 min ago", then the moment in full.
  // (The relative time has the same instant; the one in full is the one with a year.)
  const created = details
    .locator(`time[datetime="${new Date(sandbox.created_at).toISOString()}"]`)
    .filter({ hasText: /\d{4}/ });
  const ago = page.getByRole('main').locator(`time[datetime="${sandbox.created_at}"]`).first();
  const toggle = page.getByRole('banner').getByRole('button', { name: 'UTC', exact: true });

  const tokyo = await fullTime(page, sandbox.created_at, undefined);
  const utc = await fullTime(page, sandbox.created_at, 'UTC');
  expect(tokyo).toMatch(/GMT\+9$/);
  expect(utc).toMatch(/UTC$/);

  await expect(created).toHaveText(tokyo);
  await expect(ago).toHaveAttribute('title', tokyo);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  await expect(created).toHaveText(utc);
  await expect(ago).toHaveAttribute('title', utc);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(created).toHaveText(utc);
  await expect(ago).toHaveAttribute('title', utc);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // The header's menu offers the same choice, naming the browser's own zone.
  await page.getByRole('banner').getByRole('button', { name: 'Theme and time zone' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'UTC' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('menuitemradio', { name: 'Local time (GMT+9)' }).click();
  await expect(created).toHaveText(tokyo);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('the server paints no absolute time: it knows neither the zone nor the choice', async ({ request }) => {
  const sandbox = (await (await request.get(`/api/sandboxes/${SANDBOX.id}`)).json()) as SandboxResponse;
  const html = await (await request.get(`/sandboxes/${SANDBOX.id}`)).text();
  // The page's HTML has the sandbox (server-rendered) but no moment in full, in any zone: a placeholder instead.
  expect(html).toContain(`>${SANDBOX.name}<`);
  const iso = new Date(sandbox.created_at).toISOString();
  expect(html).toMatch(new RegExp(`<time datetime="${iso}"[^>]*>…</time>`, 'i'));
  expect(html).not.toMatch(/\d{1,2}:\d{2}:\d{2}\s?[AP]M (UTC|GMT)/);
});

test('the create form’s “Ends at” names the zone and follows the toggle', async ({ page }) => {
  await page.goto('/sandboxes/new');
  await page.getByRole('checkbox', { name: /Limit its lifetime/ }).check();
  const endsAt = page.getByTestId('lifetime-ends-at');
  await expect(endsAt).toContainText(/GMT\+9\s+if created now/);
  await page.getByRole('banner').getByRole('button', { name: 'UTC', exact: true }).click();
  await expect(endsAt).toContainText(/UTC\s+if created now/);
});
