/**
 * Helpers for the template specs: templates made and cleaned up through the dashboard's own proxy (as a browser
 * would, with its Origin), the build log as the API itself sends it, and a log stream read only part-way (to
 * play a connection that drops in the middle of a build).
 */
import type { APIRequestContext, BrowserContext } from '@playwright/test';
import type { CreateTemplateResponse, TemplateBuildResponse, TemplateResponse } from '@/lib/contract';
import { appBaseURL, expect, test as base, uniqueName } from './fixtures';
import { createTemplate, getTemplate, removeTemplate } from './template-form-helpers';

export { removeTemplate };

type Step = { run: string } | { env: { key: string; value: string } } | { workdir: string };
export type TemplateSpec = {
  from?: string;
  steps?: Step[];
  start_cmd?: string;
  ready_cmd?: string;
};

export type LogEvent = {
  timestamp?: string;
  stream?: string;
  text: string;
  finished?: boolean;
  status?: string;
};

/** A template with this build spec (on ubuntu:24.04 unless it says), through the proxy. */
export async function createTemplateWithSpec(
  request: APIRequestContext,
  spec: TemplateSpec,
  name = uniqueName('e2e-tpl'),
): Promise<CreateTemplateResponse> {
  const created = await createTemplate(request, {
    name,
    build_spec: { from: 'ubuntu:24.04', ...spec },
  });
  return created as CreateTemplateResponse;
}

export async function getBuilds(request: APIRequestContext, id: string): Promise<TemplateBuildResponse[]> {
  const response = await request.get(`/api/templates/${id}/builds`);
  expect(response.status()).toBe(200);
  return (await response.json()) as TemplateBuildResponse[];
}

/** Parses an SSE body into its events' data. */
export function sseEvents(body: string): LogEvent[] {
  return body
    .split(/\n\n/)
    .map((block) => block.split('\n').filter((line) => line.startsWith('data:')))
    .filter((data) => data.length > 0)
    .map((data) => JSON.parse(data.map((line) => line.replace(/^data: ?/, '')).join('\n')) as LogEvent);
}

/** The whole log of a finished build, as the API replays it (the request ends with the final event). */
export async function logViaApi(request: APIRequestContext, templateId: string, buildId: string) {
  const response = await request.get(`/api/templates/${templateId}/builds/${buildId}/logs`);
  expect(response.status()).toBe(200);
  return sseEvents(await response.text());
}

/** Waits (through the API) until the template's build is over. */
export async function waitForBuild(request: APIRequestContext, id: string): Promise<TemplateResponse> {
  let template = await getTemplate(request, id);
  await expect
    .poll(async () => (template = await getTemplate(request, id)).status, { timeout: 30_000 })
    .toMatch(/^(ready|failed)$/);
  return template;
}

/**
 * The first `count` events of a build's log stream, read with the browser context's session and then hung up:
 * what a connection that dropped part-way had delivered, as SSE text the viewer can be served.
 */
export async function firstEventsOfStream(
  context: BrowserContext,
  templateId: string,
  buildId: string,
  count: number,
): Promise<string> {
  const cookies = await context.cookies(appBaseURL());
  const abort = new AbortController();
  const response = await fetch(`${appBaseURL()}/api/templates/${templateId}/builds/${buildId}/logs`, {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '), accept: 'text/event-stream' },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while ((text.match(/\n\n/g) ?? []).length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  abort.abort();
  const blocks = text.split('\n\n').slice(0, count);
  return `${blocks.join('\n\n')}\n\n`;
}

type Templates = {
  /** Creates a template for this test; it (and any build in flight) is cleaned up when the test ends. */
  create: (spec: TemplateSpec, name?: string) => Promise<CreateTemplateResponse>;
  /** Cleans up a template this test made some other way (through the form). */
  track: (id: string) => void;
};

/** `test` with a `templates` fixture: at most 10 templates per team, so every test removes its own. */
export const test = base.extend<{ templates: Templates }>({
  templates: async ({ request }, provide) => {
    const created: string[] = [];
    await provide({
      create: async (spec, name) => {
        const template = await createTemplateWithSpec(request, spec, name);
        created.push(template.id);
        return template;
      },
      track: (id) => void created.push(id),
    });
    for (const id of created) await removeTemplate(request, id);
  },
});
