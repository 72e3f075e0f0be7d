/**
 * Shared helpers for every spec: import `test` and `expect` from here instead of '@playwright/test'.
 *
 * - `expectNoA11yViolations(page)`: an axe scan (WCAG 2.x A/AA + best practices) that fails with a readable list.
 * - `api` fixture / `createSandbox(request, body)`: set-up through the dashboard's own proxy, as a browser would
 *   (writes need the dashboard's Origin, see the proxy's same-origin rule).
 * - `uniqueName(prefix)`: sandbox names that can't collide between specs sharing one server.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test';
import type { CreateSandboxRequest, SandboxResponse } from '@/lib/contract';

export { expect };

type A11yOptions = {
  /** Only scan inside this selector. */
  include?: string;
  /** Leave these selectors out (use sparingly, and say why at the call site). */
  exclude?: string[];
  /** Rules to skip (same: only with a reason). */
  disableRules?: string[];
};

/** Scans the page as it is now; call it after the content you care about is visible. */
export async function expectNoA11yViolations(page: Page, options: A11yOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // Next's dev overlay lives in a shadow root we don't ship.
    .exclude('nextjs-portal');
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);

  const { violations } = await builder.analyze();
  const report = violations.map((violation) => {
    const targets = violation.nodes.map(
      (node) => `    - ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
    );
    return `[${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}\n${targets.join('\n')}`;
  });
  expect(report, `Accessibility violations on ${page.url()}:\n${report.join('\n')}`).toEqual([]);
}

let counter = 0;
/** "e2e-list-lz3k9-1": readable in screenshots, unique across workers and runs. */
export function uniqueName(prefix = 'e2e'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid % 1000}-${counter}`;
}

/** The app's address, as playwright.config.ts chose it. */
export function appBaseURL(): string {
  if (!process.env.E2E_PORT)
    throw new Error('E2E_PORT is not set: run the specs through playwright.config.ts');
  return `http://127.0.0.1:${process.env.E2E_PORT}`;
}

/** Writes through the proxy must come from the dashboard's own origin, like a browser's fetch would. */
function originHeader(baseURL: string | undefined): Record<string, string> {
  return { origin: new URL(baseURL ?? appBaseURL()).origin };
}

/** Creates a sandbox through `POST /api/sandboxes`, failing the test with the API's message if it is refused. */
export async function createSandbox(
  request: APIRequestContext,
  body: Partial<CreateSandboxRequest> = {},
  baseURL?: string,
): Promise<SandboxResponse> {
  const response = await request.post('/api/sandboxes', {
    headers: originHeader(baseURL),
    data: { name: uniqueName(), ...body },
  });
  expect(response.status(), `POST /api/sandboxes: ${await response.text()}`).toBe(201);
  return (await response.json()) as SandboxResponse;
}

/** Deletes a sandbox; a 404 (already gone) is fine. */
export async function deleteSandbox(request: APIRequestContext, id: string, baseURL?: string): Promise<void> {
  const response = await request.delete(`/api/sandboxes/${id}`, { headers: originHeader(baseURL) });
  expect([204, 404], `DELETE /api/sandboxes/${id}: ${response.status()}`).toContain(response.status());
}

type Api = {
  /** Creates a sandbox for this test; it is deleted again when the test ends. */
  createSandbox: (body?: Partial<CreateSandboxRequest>) => Promise<SandboxResponse>;
  deleteSandbox: (id: string) => Promise<void>;
};

export const test = base.extend<{ api: Api }>({
  api: async ({ request, baseURL }, provide) => {
    const created: string[] = [];
    await provide({
      createSandbox: async (body) => {
        const sandbox = await createSandbox(request, body, baseURL);
        created.push(sandbox.id);
        return sandbox;
      },
      deleteSandbox: (id) => deleteSandbox(request, id, baseURL),
    });
    for (const id of created) await deleteSandbox(request, id, baseURL);
  },
});

/**
 * Presses the `c` shortcut for a new sandbox. The header advertises it (aria-keyshortcuts) only once the page has
 * hydrated and its listener runs; a press before that would be lost, as it would be for a user.
 */
export async function pressNewSandboxShortcut(page: Page): Promise<void> {
  const link = page.getByRole('banner').getByRole('link', { name: 'New sandbox' });
  await expect(link).toHaveAttribute('aria-keyshortcuts', 'c', { timeout: 20_000 });
  await page.keyboard.press('c');
}
