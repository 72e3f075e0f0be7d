/**
 * Shared fixtures for the proxy's unit tests: a recording fake upstream and request builders.
 * Not a test file itself (no `.test.ts`), and never imported by the app.
 */
import type { AuditCompletion, AuditEntry, AuditTrail } from '@/lib/audit/types';

import { type ProxyDeps, proxyRequest, type Requester } from './proxy';
import type { Upstream } from './upstream';

/** Looks like a real key so that a leak anywhere would be found by a plain substring search. */
export const SECRET_KEY = 'ss_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

export const SANDBOX_ID = '3f2c5b1e-8a4d-4c6e-9b7a-1d2e3f4a5b6c';

export const APP_ORIGIN = 'http://localhost:3000';

export const remoteConfig: ProxyDeps['config'] = {
  mode: 'remote',
  apiUrl: 'https://api.example.test',
  apiKey: SECRET_KEY,
  timeoutMs: 2_000,
};

/** The signed-in person of most proxy tests: an admin, so that only the rule under test can refuse. */
export const ADMIN: Requester = { id: 'user-admin', email: 'admin@example.test', role: 'admin' };

export type MemoryRecord = AuditEntry & { id: string; completion?: AuditCompletion };

/** An in-memory audit log for the proxy's tests: what was recorded, and how each record was completed. */
export function memoryAudit(): AuditTrail & { records: MemoryRecord[] } {
  const records: MemoryRecord[] = [];
  return {
    records,
    async record(entry) {
      const id = `audit-${records.length + 1}`;
      records.push({ ...entry, id });
      return id;
    },
    async complete(id, completion) {
      const found = records.find((record) => record.id === id);
      if (found) found.completion = completion;
    },
  };
}

type Responder = (request: Request) => Response | Promise<Response>;

/**
 * A fake upstream that records every request it receives and answers with `respond`. The call's signal, given
 * beside the request, is put into the recorded copy, so tests see what the real API's fetch would be aborted by.
 */
export function fakeUpstream(respond: Responder = () => Response.json({ ok: true })) {
  const requests: Request[] = [];
  const upstream: Upstream = async (given, call) => {
    const { url, method, headers, body } = given;
    const request = new Request(url, { method, headers, body, signal: call?.signal });
    requests.push(request);
    return respond(request);
  };
  return { upstream, requests };
}

/** A browser-like request to the dashboard's `/api`: same-origin headers on writes unless overridden. */
export function apiRequest(pathAndQuery: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  const method = (init.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    if (!headers.has('origin')) headers.set('origin', APP_ORIGIN);
    if (!headers.has('sec-fetch-site')) headers.set('sec-fetch-site', 'same-origin');
    if (init.body !== undefined && !headers.has('content-type'))
      headers.set('content-type', 'application/json');
  }
  // A header given as '' means "leave it out", for requests that are not from a browser.
  for (const [name, value] of [...headers]) if (value === '') headers.delete(name);
  return new Request(`${APP_ORIGIN}/api${pathAndQuery}`, { ...init, method, headers });
}

/** The decoded segments Next gives the catch-all route for a path (without its query). */
export function segmentsOf(pathAndQuery: string): string[] {
  const path = pathAndQuery.split('?')[0] ?? '';
  return path.split('/').slice(1).map(decodeURIComponent);
}

/** Runs the proxy for `pathAndQuery` against a fake upstream; returns the response and what the upstream saw. */
export async function callProxy(
  pathAndQuery: string,
  init: RequestInit = {},
  respond?: Responder,
  deps: Partial<ProxyDeps> = {},
) {
  const fake = fakeUpstream(respond);
  const logs: string[] = [];
  const response = await proxyRequest(apiRequest(pathAndQuery, init), segmentsOf(pathAndQuery), {
    config: remoteConfig,
    upstream: fake.upstream,
    requester: async () => ADMIN,
    audit: memoryAudit(),
    log: (line) => logs.push(line),
    ...deps,
  });
  return { response, requests: fake.requests, logs };
}

export async function errorBody(response: Response) {
  return (await response.json()) as { error: { code: string; message: string; fields?: unknown[] } };
}
