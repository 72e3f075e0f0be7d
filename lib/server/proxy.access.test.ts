import { describe, expect, it } from 'vitest';

import { can, ROLES } from '@/lib/access/permissions';

import { callProxy, errorBody, SANDBOX_ID } from './proxy-test-kit';
import { ROUTES } from './routes';

/** A concrete path for each route: ids filled in, so every rule of the allow-list is exercised. */
const cases = ROUTES.map((route) => {
  const path = `/${route.pattern.map((part) => (part === ':id' ? SANDBOX_ID : part)).join('/')}`;
  return { ...route, path, name: `${route.method} ${route.pattern.join('/')}` };
});

const send = (method: string, path: string, role: string | null) =>
  callProxy(path, { method, body: method === 'GET' || method === 'DELETE' ? undefined : '{}' }, undefined, {
    requester: async () =>
      role === null ? null : { id: `user-${role}`, email: `${role}@example.test`, role },
  });

describe('sessions and roles at the proxy', () => {
  it('covers every route of the allow-list', () => {
    expect(cases.length).toBe(20);
  });

  describe.each(cases.filter((route) => route.action !== 'public'))('$name', (route) => {
    it('answers 401 without a session and forwards nothing', async () => {
      const { response, requests } = await send(route.method, route.path, null);
      expect(response.status).toBe(401);
      expect(await errorBody(response)).toEqual({
        error: { code: 'unauthenticated', message: 'Your session has ended. Sign in again.' },
      });
      expect(requests).toHaveLength(0);
    });

    it.each([...ROLES, 'superuser'])(
      'as %s: refused with 403 exactly when the table says so',
      async (role) => {
        const { response, requests } = await send(route.method, route.path, role);
        if (route.action !== 'public' && can(role, route.action)) {
          expect([401, 403]).not.toContain(response.status);
        } else {
          expect(response.status).toBe(403);
          const { error } = await errorBody(response);
          expect(error.code).toBe('forbidden');
          expect(error.message).toMatch(
            /^(Viewers|Operators|Your account) can't .+\. Ask an admin for the \w+ role\.$/,
          );
          expect(requests).toHaveLength(0);
        }
      },
    );
  });

  it('keeps GET /health open without a session, and never asks who is calling', async () => {
    let asked = false;
    const { response } = await callProxy('/health', {}, undefined, {
      requester: async () => {
        asked = true;
        return null;
      },
    });
    expect(response.status).toBe(200);
    expect(asked).toBe(false);
  });

  it('checks the session before the body, so a refused request reveals nothing about validation', async () => {
    const { response } = await callProxy('/sandboxes', { method: 'POST', body: '{"name": 42}' }, undefined, {
      requester: async () => ({ id: 'v', email: 'v@example.test', role: 'viewer' }),
    });
    expect(response.status).toBe(403);
    expect((await errorBody(response)).error.message).toBe(
      "Viewers can't create sandboxes. Ask an admin for the operator role.",
    );
  });
});
