/**
 * Properties every implementation of the sandbox API must hold, whoever answers: the embedded API called directly
 * (lib/emulator/api.property.test.ts) and the same through the proxy core (lib/server/proxy.property.test.ts).
 * What is accepted reads back exactly as sent, and every limit is counted in the UTF-8 bytes of what is stored.
 * Test-only: nothing of the app imports it.
 */
import { fc } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';

import {
  bytesOf,
  createBody,
  createBodyJson,
  type CreateBodyParts,
  documentedNetwork,
  isWellFormed,
  loneSurrogate,
  maybeSurrogate,
  metadataEntries,
  nearLimitString,
  network,
  property,
  sortedEntries,
  toRecord,
} from './arbitraries';
import {
  ENV_KEY_MAX_BYTES,
  ENV_MAX_TOTAL_BYTES,
  ENV_VALUE_MAX_BYTES,
  METADATA_KEY_MAX_BYTES,
  METADATA_MAX_KEYS,
  METADATA_MAX_TOTAL_BYTES,
  METADATA_VALUE_MAX_BYTES,
  NAME_MAX_BYTES,
} from './limits';

/** One call of the API (`path` as the API names it, `/sandboxes/…`); `json` is the parsed body, if any. */
export type ApiCall = (
  method: string,
  path: string,
  body?: string,
) => Promise<{ status: number; json: Record<string, unknown> | undefined }>;

type Sandbox = Record<string, unknown> & { id: string };

/** The fields a create sets, as the API shows them; maps as sorted entries so `__proto__` compares as data. */
function shown(sandbox: Record<string, unknown> | undefined) {
  return {
    name: sandbox?.name,
    metadata: sortedEntries(sandbox?.metadata as object | undefined),
    network: sandbox?.network,
    timeout_seconds: sandbox?.timeout_seconds,
  };
}

function expectedOf(parts: CreateBodyParts) {
  return {
    name: parts.name,
    metadata: sortedEntries(toRecord(parts.metadata ?? [])),
    network: documentedNetwork(parts.network),
    timeout_seconds: parts.timeout_seconds,
  };
}

/** Whether the limit property's verdict matches: accepted (201) exactly when `valid`, else a 400. */
function expectVerdict(status: number, valid: boolean) {
  expect(status).toBeLessThan(500);
  expect({ accepted: status === 201 || status === 204, valid }).toEqual({ accepted: valid, valid });
  if (!valid) expect(status).toBe(400);
}

export function defineApiProperties(call: ApiCall): void {
  const create = async (body: unknown) => call('POST', '/sandboxes', JSON.stringify(body));
  const get = async (id: string) => {
    const response = await call('GET', `/sandboxes/${id}`);
    expect(response.status).toBe(200);
    return response.json as Sandbox;
  };
  /** Env values are never returned: a sandbox's shell is the one place they can be read back. */
  const printenv = async (id: string, name: string) => {
    const response = await call(
      'POST',
      `/sandboxes/${id}/exec`,
      JSON.stringify({ command: 'printenv', args: [name] }),
    );
    expect(response.status).toBe(200);
    return response.json as { stdout: string; exit_code: number };
  };

  describe('an accepted create reads back as sent', () => {
    property('POST /sandboxes then GET /sandboxes/{id}', 40, [createBody], async (parts) => {
      const created = await call('POST', '/sandboxes', createBodyJson(parts));
      expect(created.status).toBe(201);
      expect(shown(created.json)).toEqual(expectedOf(parts));
      const sandbox = await get((created.json as Sandbox).id);
      expect(shown(sandbox)).toEqual(expectedOf(parts));
      for (const [name, value] of parts.env_vars ?? []) {
        expect((await printenv(sandbox.id, name)).stdout).toBe(`${value}\n`);
      }
      // Each tag finds it again as a list filter (the newest match comes first: the clock stands still).
      for (const [key, value] of (parts.metadata ?? []).slice(0, 2)) {
        const query = `metadata.${encodeURIComponent(key)}=${encodeURIComponent(value)}&limit=1`;
        const listed = await call('GET', `/sandboxes?${query}`);
        expect(listed.status).toBe(200);
        expect((listed.json as unknown as Sandbox[]).map((item) => item.id)).toEqual([sandbox.id]);
      }
    });

    property(
      'a lone surrogate anywhere in a valid body is a 400',
      30,
      [createBody, fc.nat(4), loneSurrogate],
      async (parts, where, surrogate) => {
        const spoilt = structuredClone(parts);
        const metadata = spoilt.metadata?.[0];
        const env = spoilt.env_vars?.[0];
        if (where === 1 && metadata) metadata[0] = `${surrogate}${metadata[0]}`;
        else if (where === 2 && metadata) metadata[1] = `${metadata[1]}${surrogate}`;
        else if (where === 3 && env) env[1] = `${surrogate}${env[1]}`;
        // Cut by code points, so that no pair is split (and no surrogate pairs up with a half left behind).
        else spoilt.name = `${[...spoilt.name].slice(0, 8).join('')}${surrogate}`;
        expectVerdict((await call('POST', '/sandboxes', createBodyJson(spoilt))).status, false);
      },
    );
  });

  describe('an accepted patch reads back as sent', () => {
    let id = '';
    beforeAll(async () => {
      const created = await create({ name: 'patch-target' });
      id = (created.json as Sandbox).id;
    });

    property('PATCH metadata then GET', 40, [metadataEntries], async (entries) => {
      const patched = await call(
        'PATCH',
        `/sandboxes/${id}`,
        JSON.stringify({ metadata: toRecord(entries) }),
      );
      expect(patched.status).toBe(204);
      expect(sortedEntries((await get(id)).metadata as object)).toEqual(sortedEntries(toRecord(entries)));
    });

    property('PATCH network then GET (the documented normal form)', 30, [network], async (rules) => {
      const patched = await call('PATCH', `/sandboxes/${id}`, JSON.stringify({ network: rules }));
      expect(patched.status).toBe(204);
      expect((await get(id)).network).toEqual(documentedNetwork(rules));
    });
  });

  describe('every limit counts the UTF-8 bytes of what is stored', () => {
    const nameArb = fc.oneof(
      nearLimitString(NAME_MAX_BYTES),
      fc.string({ unit: fc.oneof(loneSurrogate, fc.constant('a')) }),
    );
    property(`name: 1–${NAME_MAX_BYTES} bytes`, 60, [nameArb], async (name) => {
      const created = await create({ name });
      expectVerdict(
        created.status,
        isWellFormed(name) && bytesOf(name) >= 1 && bytesOf(name) <= NAME_MAX_BYTES,
      );
      if (created.status !== 201) return;
      const stored = (await get((created.json as Sandbox).id)).name as string;
      expect(stored).toBe(name);
      expect(bytesOf(stored)).toBeLessThanOrEqual(NAME_MAX_BYTES);
    });

    property(
      `metadata key: at most ${METADATA_KEY_MAX_BYTES} bytes`,
      40,
      [nearLimitString(METADATA_KEY_MAX_BYTES)],
      async (key) => {
        const created = await create({ name: 'k', metadata: toRecord([[key, 'v']]) });
        expectVerdict(created.status, isWellFormed(key) && bytesOf(key) <= METADATA_KEY_MAX_BYTES);
        if (created.status !== 201) return;
        const stored = Object.keys((await get((created.json as Sandbox).id)).metadata as object);
        expect(stored).toEqual([key]);
      },
    );

    property(
      `metadata value: at most ${METADATA_VALUE_MAX_BYTES} bytes`,
      40,
      [nearLimitString(METADATA_VALUE_MAX_BYTES)],
      async (value) => {
        const created = await create({ name: 'v', metadata: { k: value } });
        expectVerdict(created.status, isWellFormed(value) && bytesOf(value) <= METADATA_VALUE_MAX_BYTES);
        if (created.status !== 201) return;
        const stored = ((await get((created.json as Sandbox).id)).metadata as Record<string, string>).k;
        expect(stored).toBe(value);
      },
    );

    property(
      `metadata: at most ${METADATA_MAX_TOTAL_BYTES} bytes as JSON`,
      30,
      [metadataNearTotal],
      async (metadata) => {
        const created = await create({ name: 't', metadata });
        const values = Object.values(metadata);
        const valid =
          values.every(isWellFormed) && bytesOf(JSON.stringify(metadata)) <= METADATA_MAX_TOTAL_BYTES;
        expectVerdict(created.status, valid);
        if (created.status !== 201) return;
        const stored = (await get((created.json as Sandbox).id)).metadata as object;
        expect(stored).toEqual(metadata);
        expect(bytesOf(JSON.stringify(stored))).toBeLessThanOrEqual(METADATA_MAX_TOTAL_BYTES);
      },
    );

    property(
      `metadata: at most ${METADATA_MAX_KEYS} keys`,
      10,
      [fc.integer({ min: METADATA_MAX_KEYS - 3, max: METADATA_MAX_KEYS + 3 })],
      async (count) => {
        const metadata = toRecord(Array.from({ length: count }, (_, i) => [`k${i}`, '€'] as const));
        expectVerdict((await create({ name: 'n', metadata })).status, count <= METADATA_MAX_KEYS);
      },
    );

    property(
      `env_vars name: at most ${ENV_KEY_MAX_BYTES} bytes`,
      10,
      [fc.integer({ min: ENV_KEY_MAX_BYTES - 3, max: ENV_KEY_MAX_BYTES + 3 })],
      async (length) => {
        const name = `E${'_'.repeat(length - 1)}`;
        const created = await create({ name: 'e', env_vars: { [name]: 'x' } });
        expectVerdict(created.status, length <= ENV_KEY_MAX_BYTES);
        if (created.status === 201)
          expect((await printenv((created.json as Sandbox).id, name)).stdout).toBe('x\n');
      },
    );

    property(
      `env_vars value: at most ${ENV_VALUE_MAX_BYTES} bytes`,
      30,
      [nearLimitString(ENV_VALUE_MAX_BYTES)],
      async (value) => {
        const created = await create({ name: 'e', env_vars: { V: value } });
        const valid = isWellFormed(value) && !value.includes('\0') && bytesOf(value) <= ENV_VALUE_MAX_BYTES;
        expectVerdict(created.status, valid);
        if (created.status === 201)
          expect((await printenv((created.json as Sandbox).id, 'V')).stdout).toBe(`${value}\n`);
      },
    );

    property(`env_vars: at most ${ENV_MAX_TOTAL_BYTES} bytes in all`, 10, [envNearTotal], async (env) => {
      const created = await create({ name: 'e', env_vars: env });
      const entries = Object.entries(env);
      const valid =
        entries.every(([, value]) => isWellFormed(value) && !value.includes('\0')) &&
        entries.reduce((sum, [name, value]) => sum + bytesOf(name) + bytesOf(value), 0) <=
          ENV_MAX_TOTAL_BYTES;
      expectVerdict(created.status, valid);
      if (created.status !== 201) return;
      const id = (created.json as Sandbox).id;
      for (const [name, value] of entries) expect((await printenv(id, name)).stdout).toBe(`${value}\n`);
    });
  });
}

/**
 * Eight values of about 2,000 bytes and a ninth that brings the serialized object to within 3 bytes of the
 * 16 KB total (give or take a few bytes), either side. Values hold characters JSON escapes (`"`, `\`, NUL); about a third, a lone surrogate.
 */
const metadataNearTotal = fc
  .record({
    values: fc.array(nearLimitString(2_000, { hostile: false }), { minLength: 8, maxLength: 8 }),
    delta: fc.integer({ min: -3, max: 3 }),
    last: fc.array(fc.constantFrom('a', 'é', '€', '😀'), { minLength: 1, maxLength: 6 }),
    surrogate: maybeSurrogate,
  })
  .map(({ values, delta, last, surrogate }) => {
    const entries: [string, string][] = values.map((value, i) => [`k${i}`, value]);
    const base = bytesOf(JSON.stringify(toRecord([...entries, ['z', '']])));
    let fill = surrogate;
    for (let i = 0; base + bytesOf(fill) < METADATA_MAX_TOTAL_BYTES + delta; i++) {
      const next = last[i % last.length]!;
      fill += base + bytesOf(fill + next) <= METADATA_MAX_TOTAL_BYTES + delta ? next : 'a';
    }
    return toRecord([...entries, ['z', fill]]);
  });

/** Eight variables whose names and values add up to within a few dozen bytes of 64 KB, either side. */
const envNearTotal = fc
  .array(nearLimitString(ENV_VALUE_MAX_BYTES - 3, { hostile: false }), { minLength: 8, maxLength: 8 })
  .map((values) => toRecord(values.map((value, i) => [`V${i}`, value] as const)));
