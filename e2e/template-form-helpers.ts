/**
 * Helpers for the template create form's spec: opening the form, reading the live request preview, and templates
 * made and removed through the dashboard's own proxy (a template's build must be stopped before it can go).
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { CreateTemplateRequestInput, TemplateResponse } from '@/lib/contract';

export const NEW_TEMPLATE_PAGE = '/templates/new';

/** Opens the form; it renders after hydration (its first values may come from sessionStorage). */
export async function openTemplateForm(page: Page, query = ''): Promise<void> {
  await page.goto(`${NEW_TEMPLATE_PAGE}${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'New template' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('button', { name: 'Create template' })).toBeVisible({ timeout: 20_000 });
}

/** The request body as the preview's JSON tab shows it. */
export async function previewBody(page: Page): Promise<CreateTemplateRequestInput> {
  return JSON.parse(
    (await page.getByTestId('request-preview').textContent()) ?? '',
  ) as CreateTemplateRequestInput;
}

/** Waits for the preview to show `expected` (it follows typing on the next render). */
export async function expectPreview(page: Page, expected: unknown): Promise<void> {
  await expect.poll(() => previewBody(page)).toEqual(expected);
}

/** The step's group (its fieldset, named "Step <n>"). */
export function step(page: Page, n: number) {
  return page.getByRole('group', { name: `Step ${n}`, exact: true });
}

/** The id from /templates/<uuid> once the form navigated there. */
export async function createdTemplateId(page: Page): Promise<string> {
  await page.waitForURL(/\/templates\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  return new URL(page.url()).pathname.split('/').pop() as string;
}

export async function getTemplate(request: APIRequestContext, idOrName: string): Promise<TemplateResponse> {
  const response = await request.get(`/api/templates/${encodeURIComponent(idOrName)}`);
  expect(response.status(), `GET /api/templates/${idOrName}`).toBe(200);
  return (await response.json()) as TemplateResponse;
}

export { createTemplate, removeTemplate } from './template-helpers';
