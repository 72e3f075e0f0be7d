import { describe, expect, it } from 'vitest';

import { serveEmulator } from './emulator-http';

/** Stands in for the embedded API's `handle`: records the requests it is given. */
function fakeUpstream() {
  const requests: Request[] = [];
  const upstream = async (request: Request) => {
    requests.push(request);
    return Response.json({ ok: true });
  };
  return { upstream, requests };
}

describe('serveEmulator', () => {
  it('hands /emulator/<path> to the emulator as /<path>, query and key included', async () => {
    const fake = fakeUpstream();
    const request = new Request('http://localhost:3000/emulator/sandboxes?metadata.env=prod', {
      headers: { 'x-api-key': 'sandbox-console-local', 'user-agent': '@superserve/sdk/0.8.1' },
    });
    await serveEmulator(request, fake.upstream);
    const seen = fake.requests[0];
    expect(new URL(seen?.url ?? '').pathname).toBe('/sandboxes');
    expect(new URL(seen?.url ?? '').search).toBe('?metadata.env=prod');
    expect(seen?.headers.get('x-api-key')).toBe('sandbox-console-local');
    expect(seen?.headers.get('user-agent')).toBe('@superserve/sdk/0.8.1');
  });

  it('passes method and body through untouched', async () => {
    const fake = fakeUpstream();
    const body = JSON.stringify({ name: 'from-the-sdk', unknown_field: true });
    const request = new Request('http://localhost:3000/emulator/sandboxes', { method: 'POST', body });
    await serveEmulator(request, fake.upstream);
    expect(fake.requests[0]?.method).toBe('POST');
    expect(await fake.requests[0]?.text()).toBe(body);
  });

  it('maps /emulator itself to /', async () => {
    const fake = fakeUpstream();
    await serveEmulator(new Request('http://localhost:3000/emulator'), fake.upstream);
    expect(new URL(fake.requests[0]?.url ?? '').pathname).toBe('/');
  });

  it('passes the abort signal on, so a departed client stops the work', async () => {
    const fake = fakeUpstream();
    const client = new AbortController();
    await serveEmulator(
      new Request('http://localhost:3000/emulator/health', { signal: client.signal }),
      fake.upstream,
    );
    client.abort();
    expect(fake.requests[0]?.signal.aborted).toBe(true);
  });
});
