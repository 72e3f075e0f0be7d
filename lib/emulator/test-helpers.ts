/** Helpers for the emulator's tests: a fresh data folder, a controllable clock, and terse requests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { EmulatorInstance, EmulatorOptions } from './index';
import { createEmulator } from './index';

export const TEST_KEY = 'test-key';

export type TestClock = { now: () => number; advance(ms: number): void };

export function testClock(start = Date.UTC(2026, 10, 28, 12, 0, 0)): TestClock {
  let current = start;
  return { now: () => current, advance: (ms) => void (current += ms) };
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'emu-test-'));
}

export type TestApi = EmulatorInstance & {
  dataDir: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  dispose(): void;
};

/** An emulator on a fresh folder, instant transitions, fast builds; no demo data unless asked. */
export function startTestApi(options: Partial<EmulatorOptions> = {}): TestApi {
  const dataDir = options.dataDir ?? tempDataDir();
  const api = createEmulator({
    apiKey: TEST_KEY,
    seed: false,
    ...options,
    dataDir,
    timing: { transitionMs: 0, buildStepMs: 5, ...options.timing },
  });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    api.handle(
      new Request(`http://emulator.test${path}`, {
        method,
        headers: {
          'X-API-Key': TEST_KEY,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  return {
    ...api,
    dataDir,
    call,
    async json(method, path, body, headers) {
      const res = await call(method, path, body, headers);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
    dispose() {
      api.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Reads an SSE response into its JSON events, noting when each arrived (ms since `since`). */
export async function readEvents(
  res: Response,
  since = Date.now(),
): Promise<{ at: number; data: Record<string, unknown> }[]> {
  const events: { at: number; data: Record<string, unknown> }[] = [];
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const chunk = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (chunk.startsWith('data: '))
        events.push({ at: Date.now() - since, data: JSON.parse(chunk.slice(6)) });
    }
  }
  return events;
}
