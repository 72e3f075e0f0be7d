/**
 * Helpers for the template specs: templates made through the dashboard's own proxy (as a browser would), waited
 * on through the API, and removed again. A team may hold 10 templates, and every spec shares one server, so each
 * test deletes what it made.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { CreateTemplateRequestInput, TemplateResponse } from '@/lib/contract';
import { appBaseURL, expect, uniqueName } from './fixtures';

const origin = () => ({ origin: new URL(appBaseURL()).origin });

/** A template name no other test uses (names are lowercase: `[a-z0-9._/-]`). */
export function uniqueTemplateName(prefix = 'tpl'): string {
  return uniqueName(prefix).toLowerCase();
}

/** `POST /api/templates` (202, its first build queued); fails the test with the API's words if refused. */
export async function createTemplate(
  request: APIRequestContext,
  body: Partial<CreateTemplateRequestInput> = {},
): Promise<TemplateResponse> {
  const response = await request.post('/api/templates', {
    headers: origin(),
    data: { name: uniqueTemplateName(), build_spec: { from: 'python:3.11' }, ...body },
  });
  expect(response.status(), `POST /api/templates: ${await response.text()}`).toBe(202);
  return (await response.json()) as TemplateResponse;
}

/** The template's status as the API says now, or 'gone'. */
export async function templateStatus(request: APIRequestContext, id: string): Promise<string> {
  const response = await request.get(`/api/templates/${id}`);
  if (response.status() === 404) return 'gone';
  return ((await response.json()) as TemplateResponse).status;
}

/** Waits (polling the API, no fixed sleep) until the template's build has settled in `status`. */
export async function waitForTemplate(
  request: APIRequestContext,
  id: string,
  status = 'ready',
): Promise<void> {
  await expect.poll(() => templateStatus(request, id), { timeout: 20_000 }).toBe(status);
}

/**
 * Deletes a template, cancelling a build in flight first; a 404 (already gone) is fine. Sandboxes still made from
 * it (a test that stopped half-way) are deleted first, or the API would refuse with 409.
 */
export async function removeTemplate(request: APIRequestContext, id: string): Promise<void> {
  const sandboxes = await request.get('/api/sandboxes');
  if (sandboxes.ok()) {
    for (const sandbox of (await sandboxes.json()) as Array<{ id: string; template_id?: string }>) {
      if (sandbox.template_id === id)
        await request.delete(`/api/sandboxes/${sandbox.id}`, { headers: origin() });
    }
  }
  const builds = await request.get(`/api/templates/${id}/builds`);
  if (builds.ok()) {
    for (const build of (await builds.json()) as Array<{ id: string; status: string }>) {
      if (!['ready', 'failed', 'cancelled'].includes(build.status)) {
        await request.delete(`/api/templates/${id}/builds/${build.id}`, { headers: origin() });
      }
    }
  }
  // A cancelled build may take a moment to settle (409 while in flight): retry until the template is gone.
  await expect
    .poll(async () => (await request.delete(`/api/templates/${id}`, { headers: origin() })).status(), {
      timeout: 15_000,
      message: `DELETE /api/templates/${id}`,
    })
    .toBe(404);
}

export function templatesTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Templates', exact: true });
}

/** The row whose name link is exactly `name`. */
export function templateRow(page: Page, name: string): Locator {
  return templatesTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** Opens a template row's menu. */
export async function openRowMenu(page: Page, name: string): Promise<Locator> {
  await templateRow(page, name)
    .getByRole('button', { name: `Actions for ${name}` })
    .click();
  return page.getByRole('menu');
}
