import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';

import { stateOf } from './accounts';
import { appBaseURL, expect, test, uniqueName } from './fixtures';

/**
 * Requests no browser sends, against the production server: malformed percent-escapes, methods nobody answers,
 * a Host that is not ours (DNS rebinding). Each gets a 4xx that says why, never a 500. Sent with node:http, not
 * Playwright's request context, so the path, the method and the Host go out exactly as written.
 */

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

const base = () => new URL(appBaseURL());

/** The operator's session cookie, from the state auth.setup.ts saved. */
function operatorCookie(): string {
  const state = JSON.parse(readFileSync(stateOf('operator'), 'utf8')) as {
    cookies: { name: string; value: string }[];
  };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

function send(
  method: string,
  path: string,
  options: { host?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Raw> {
  const { hostname, port, host } = base();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: hostname,
        port,
        method,
        path,
        headers: { host: options.host ?? host, cookie: operatorCookie(), ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A request written byte for byte on a socket: for what node:http refuses to send (HTTP/1.0 without Host). */
function sendRaw(text: string): Promise<string> {
  const { hostname, port } = base();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

const json = (raw: Raw) => JSON.parse(raw.body) as { error: { code: string; message: string } };

async function sandboxesNamed(name: string): Promise<unknown[]> {
  const list = await send('GET', `/api/sandboxes?q=${encodeURIComponent(name)}`);
  expect(list.status).toBe(200);
  return (JSON.parse(list.body) as { name: string }[]).filter((sandbox) => sandbox.name === name);
}

test.describe('hostile requests get a 4xx, never a 500', () => {
  test('a malformed percent-escape gets 400: the envelope on the API, plain text on a page', async () => {
    for (const [method, path] of [
      ['GET', '/api/sandboxes/%ff'],
      ['GET', '/api/sandboxes/%%30%30'],
      ['PATCH', '/api/sandboxes/%ff'],
      ['GET', '/api/templates/%ff/builds'],
      ['GET', '/api/console/users/%ff'],
      ['GET', '/emulator/sandboxes/%ff'],
    ] as const) {
      const response = await send(method, path, {
        headers: { origin: base().origin, 'content-type': 'application/json' },
        body: method === 'PATCH' ? '{}' : undefined,
      });
      expect(response.status, `${method} ${path}`).toBe(400);
      expect(json(response).error.code, `${method} ${path}`).toBe('bad_request');
    }
    const page = await send('GET', '/sandboxes/%ff');
    expect(page.status).toBe(400);
    expect(page.headers['content-type']).toMatch(/^text\/plain/);
    expect(page.body).toMatch(/malformed percent-escape/);
  });

  test('TRACE gets 405 with Allow, on the API and on a page', async () => {
    const api = await send('TRACE', '/api/sandboxes');
    expect(api.status).toBe(405);
    expect(api.headers.allow).toBe('GET, HEAD, POST');
    expect(json(api).error.code).toBe('method_not_allowed');
    const page = await send('TRACE', '/sandboxes');
    expect(page.status).toBe(405);
    expect(page.headers.allow).toBe('GET, HEAD');
    const auth = await send('TRACE', '/api/auth/get-session');
    expect(auth.status).toBe(405);
    expect(auth.headers.allow).toBe('GET, HEAD, POST');
  });

  test('a method no handler has (PROPFIND) gets 405 with Allow; one HTTP does not know (FOO) gets 400 from Node', async () => {
    for (const [path, allow] of [
      ['/api/sandboxes', 'GET, HEAD, POST'],
      ['/sandboxes', 'GET, HEAD'],
      ['/api/console/users', 'GET, HEAD, POST'],
      ['/emulator/sandboxes', 'GET, HEAD, POST'],
    ] as const) {
      const response = await send('PROPFIND', path);
      expect(response.status, path).toBe(405);
      expect(response.headers.allow, path).toBe(allow);
      expect(json(response).error.code).toBe('method_not_allowed');
    }
    // Node's HTTP parser refuses a method it does not know before the app sees the request.
    expect(await sendRaw(`FOO /api/sandboxes HTTP/1.1\r\nHost: ${base().host}\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 400 /,
    );
    expect(await sendRaw(`FOO /sandboxes HTTP/1.1\r\nHost: ${base().host}\r\n\r\n`)).toMatch(
      /^HTTP\/1\.1 400 /,
    );
  });

  test('PUT on /api/sandboxes gets 405 with Allow: GET, HEAD, POST; POST on a page gets 405', async () => {
    const put = await send('PUT', '/api/sandboxes', { headers: { origin: base().origin }, body: '{}' });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD, POST');
    expect(json(put).error.message).toBe('PUT is not allowed here. This address answers GET, HEAD, POST.');
    const post = await send('POST', '/sandboxes', { headers: { origin: base().origin }, body: 'x=1' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  test('OPTIONS gets 204 with Allow and no CORS grant', async () => {
    const api = await send('OPTIONS', '/api/sandboxes', {
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(api.status).toBe(204);
    expect(api.headers.allow).toBe('GET, HEAD, POST');
    expect(api.headers['access-control-allow-origin']).toBeUndefined();
    const page = await send('OPTIONS', '/sandboxes');
    expect(page.status).toBe(204);
    expect(page.headers.allow).toBe('GET, HEAD');
  });

  test('a rebinding Host gets 421 on a signed-in write with a matching Origin, and nothing is created', async () => {
    const evil = `evil.example:${base().port}`;
    const name = uniqueName('rebound');
    const write = await send('POST', '/api/sandboxes', {
      host: evil,
      headers: {
        origin: `http://${evil}`,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name }),
    });
    expect(write.status).toBe(421);
    expect(json(write).error).toEqual({
      code: 'misdirected_request',
      message:
        'This dashboard does not answer the host name "evil.example". Open it at its own address; behind a reverse proxy, set CONSOLE_URL or CONSOLE_ALLOWED_HOSTS.',
    });
    expect(await sandboxesNamed(name)).toEqual([]);

    const page = await send('GET', '/sandboxes', { host: evil });
    expect(page.status).toBe(421);
    expect(page.headers['content-type']).toMatch(/^text\/plain/);
    expect((await send('GET', '/emulator/health', { host: evil })).status).toBe(421);
    expect((await send('TRACE', '/api/sandboxes', { host: evil })).status).toBe(421);
    // HTTP/1.0 may leave the Host out; with no name to check, the request is refused too.
    expect(await sendRaw('GET /api/health HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 421 /);
  });

  test('the normal host still works: the same write is accepted, a page renders', async () => {
    const name = uniqueName('not-rebound');
    const write = await send('POST', '/api/sandboxes', {
      headers: { origin: base().origin, 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    expect(write.status, write.body).toBe(201);
    const { id } = JSON.parse(write.body) as { id: string };
    expect(await sandboxesNamed(name)).toHaveLength(1);
    expect(
      (await send('DELETE', `/api/sandboxes/${id}`, { headers: { origin: base().origin } })).status,
    ).toBe(204);

    const page = await send('GET', '/sandboxes');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
    expect((await send('GET', '/api/health', { host: `localhost:${base().port}` })).status).toBe(200);
  });
});
