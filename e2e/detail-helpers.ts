/**
 * Helpers for the detail-page specs: acting on a sandbox "from elsewhere" through the dashboard's own proxy
 * (as another tab or a teammate would), and opening its page once it has loaded.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import type { SandboxResponse } from '@/lib/contract';
import { appBaseURL, expect } from './fixtures';

/** Writes through the proxy must carry the dashboard's own Origin (its same-origin rule). */
const writeHeaders = () => ({ origin: new URL(appBaseURL()).origin });

export async function pauseViaApi(request: APIRequestContext, id: string): Promise<void> {
  const response = await request.post(`/api/sandboxes/${id}/pause`, { headers: writeHeaders() });
  expect(response.status(), `pause: ${await response.text()}`).toBe(204);
}

export async function getViaApi(request: APIRequestContext, id: string): Promise<SandboxResponse> {
  const response = await request.get(`/api/sandboxes/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as SandboxResponse;
}

/**
 * Opens the sandbox's page and waits for its header and for the page's JavaScript: the sandbox comes in the
 * server's HTML, before a click could do anything. The Connect snippets name this dashboard's origin only once
 * the browser has hydrated them (the server can't know the origin the browser used).
 */
export async function openSandbox(page: Page, sandbox: Pick<SandboxResponse, 'id' | 'name'>): Promise<void> {
  await page.goto(`/sandboxes/${sandbox.id}`);
  await expect(page.getByRole('heading', { level: 1, name: sandbox.name })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('connect-snippet')).toContainText(
    `${new URL(appBaseURL()).origin}/emulator`,
    {
      timeout: 20_000,
    },
  );
}

/** The header's status badge (the first match: the header comes before anything else that names a state). */
export function statusBadge(page: Page, label: string) {
  return page.getByRole('main').getByText(label, { exact: true }).first();
}
