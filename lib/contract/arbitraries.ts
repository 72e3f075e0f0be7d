/**
 * fast-check arbitraries for the property tests (`*.property.test.ts`) of the proxy and the embedded API: hostile
 * text and JSON, and mostly-valid sandbox bodies built from the contract's limits. Test-only, like
 * test-helpers.ts: nothing of the app imports it.
 */
import { fc, test } from '@fast-check/vitest';

import { METADATA_KEY_MAX_BYTES, METADATA_VALUE_MAX_BYTES, NAME_MAX_BYTES } from './limits';

// --- Run settings ---------------------------------------------------------------------------------------
/**
 * Bounded runs: on CI a fixed seed and `ciRuns`, so `npm test` is deterministic and quick; locally a fresh seed
 * each time (to keep exploring), and `PROPERTY_RUNS=N` for N runs of every property. `PROPERTY_SEED` replays
 * the seed of a failure fast-check reported.
 */
export function propertyParams(ciRuns: number): { numRuns: number; seed?: number } {
  const runs = Number(process.env.PROPERTY_RUNS) || ciRuns;
  const seed = Number(process.env.PROPERTY_SEED) || (process.env.CI ? 20_261_010 : undefined);
  return seed === undefined ? { numRuns: runs } : { numRuns: runs, seed };
}

/** The per-test timeout: Vitest's default for the bounded runs, an hour for a long `PROPERTY_RUNS` session. */
const PROPERTY_TIMEOUT_MS = process.env.PROPERTY_RUNS ? 3_600_000 : undefined;

/** A Vitest test of `predicate` over `arbitraries`, with the run settings above. */
export function property<Ts extends [unknown, ...unknown[]]>(
  name: string,
  ciRuns: number,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => Promise<void> | void,
): void {
  test.prop<Ts>(arbitraries as never, propertyParams(ciRuns))(name, predicate as never, PROPERTY_TIMEOUT_MS);
}

// --- Text -----------------------------------------------------------------------------------------------
/** The UTF-8 bytes Node writes for `text` (a lone surrogate becomes U+FFFD, 3 bytes): the limits' yardstick. */
export const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');

/** False when `text` holds a lone surrogate, which no UTF-8 text can carry. (`u` mode skips paired ones.) */
export const isWellFormed = (text: string): boolean => !/[\uD800-\uDFFF]/u.test(text);

/** One UTF-16 code unit from the surrogate range: a lone surrogate, or half a pair when next to another. */
export const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

/** Characters of every UTF-8 width, and the ones that trip encoders (NUL, BOM, line separators). */
const wideChar = fc.constantFrom(...'é ß € 中 𝄞 😀 " \\'.split(' '), '\u0000', '\uFEFF', '\u2028', '\u0301');

/** Any well-formed code point, biased towards multi-byte ones. */
export const wellFormedChar = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: wideChar },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
);

/** Any code point at all, lone surrogates included (fast-check's `binary` unit never makes one). */
export const anyChar = fc.oneof(
  { weight: 6, arbitrary: wellFormedChar },
  { weight: 1, arbitrary: loneSurrogate },
);

export const anyString = (maxLength = 24) => fc.string({ unit: anyChar, maxLength });
export const wellFormedString = (maxLength = 24) => fc.string({ unit: wellFormedChar, maxLength });

/** A lone surrogate about a third of the time, else nothing. */
export const maybeSurrogate = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: loneSurrogate },
);

/**
 * A string of exactly `target` UTF-8 bytes, `target` drawn from limit-3..limit+3, ending in a multi-byte
 * character so that the boundary falls inside one. With `hostile`, about a third carry a lone surrogate (3 bytes,
 * as U+FFFD) and some a NUL; without, they are well-formed text the API must accept when short enough.
 */
export function nearLimitString(limit: number, { hostile = true } = {}): fc.Arbitrary<string> {
  const chars = hostile ? wideChar : wideChar.filter((char) => char !== '\u0000');
  const piece = fc.oneof(chars, fc.constant('a'), fc.constant('ÿ'));
  const tail = fc.constantFrom('é', '€', '😀', '𝄞');
  return fc
    .record({
      target: fc.integer({ min: Math.max(1, limit - 3), max: limit + 3 }),
      pieces: fc.array(piece, { minLength: 1, maxLength: 8 }),
      tail,
      start: hostile ? maybeSurrogate : fc.constant(''),
    })
    .map(({ target, pieces, tail, start }) => {
      const end = bytesOf(tail) > target ? 'a' : tail;
      const room = target - bytesOf(end);
      const parts = [start];
      let size = bytesOf(start);
      for (let i = 0; size < room; i++) {
        const next = pieces[i % pieces.length]!;
        // Pad with ASCII where the next piece would overshoot, so the total lands exactly on target.
        const piece = size + bytesOf(next) <= room ? next : 'a';
        parts.push(piece);
        size += bytesOf(piece);
      }
      return parts.join('') + end;
    });
}

// --- JSON -----------------------------------------------------------------------------------------------
/** Keys that mean something to JavaScript objects: they must be plain data to the API. */
export const SPECIAL_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'access_token',
] as const;

/** Any JSON value, with strings of any code points (lone surrogates included) and JavaScript's special keys. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.jsonValue({
  maxDepth: 4,
  stringUnit: anyChar,
});

/** JSON text nested `depth` levels deep (`[[[…]]]` or `{"a":{"a":…}}`), optionally inside a real field. */
export const deepJson = fc
  .record({
    depth: fc.integer({ min: 1_000, max: 60_000 }),
    kind: fc.constantFrom('array', 'object'),
    field: fc.constantFrom('metadata', 'network', 'env', 'args', 'junk'),
    wrap: fc.boolean(),
  })
  .map(({ depth, kind, field, wrap }) => {
    const [open, close] = kind === 'array' ? ['[', ']'] : ['{"a":', '}'];
    const nested = open.repeat(depth) + (kind === 'array' ? '' : '1') + close.repeat(depth);
    // `command` makes the exec schema (a loose object) accept the rest, so the nesting reaches the forwarder.
    return wrap ? `{"command":"true","name":"n","${field}":${nested}}` : nested;
  });

/** A request body as text: JSON of any shape, JSON with special keys, deep nesting, or not JSON at all. */
export const hostileBodyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileJsonValue.map((value) => JSON.stringify(value)) },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...SPECIAL_KEYS, 'name', 'metadata', 'command'), anyString(8)),
          hostileJsonValue,
        ),
        { maxLength: 5 },
      )
      .map((entries) => JSON.stringify(toRecord(entries))),
  },
  { weight: 1, arbitrary: deepJson },
  { weight: 2, arbitrary: anyString(64) },
);

// --- URLs -----------------------------------------------------------------------------------------------
/** Methods a fetch Request can carry (TRACE, TRACK and CONNECT are refused by the Request constructor). */
export const method = fc.oneof(
  fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'get', 'patch', 'PROPFIND'),
  fc.stringMatching(/^[A-Za-z!#$%&'*+.^_`|~-]{1,10}$/),
);

/**
 * A query string (without `?`) of any characters: repeated, empty and metadata keys, stray `%` and `&`, and
 * hundreds of metadata filters.
 */
export const queryString = fc.oneof(
  anyString(40),
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom('metadata.', 'status', 'q', 'sort', 'order', 'limit', 'offset', 'name_prefix'),
          fc.constantFrom('metadata.').chain((prefix) => anyString(10).map((key) => prefix + key)),
          anyString(8),
        ),
        fc.oneof(anyString(12), fc.constantFrom('', '%', '%zz', '%E0%A4%A', '-1', '1e3', '201', 'NaN')),
      ),
      { maxLength: 80 },
    )
    .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&')),
  // Far more metadata filters than any list needs (each one a term of the store's query).
  fc.nat(1_200).map((count) => Array.from({ length: count }, (_, i) => `metadata.k${i}=v`).join('&')),
);

/** One decoded path segment: a known word, an id-like token, or anything. */
export const pathSegment = fc.oneof(
  fc.constantFrom(...'sandboxes templates builds logs exec stream pause resume activate health'.split(' ')),
  fc.uuid(),
  fc.constantFrom('', '.', '..', '%2e%2e', '%', '%zz', 'a/b', 'a\\b', 'superserve/base'),
  anyString(16),
);

type RouteShape = { method: string; pattern: readonly string[] };

/** A path of `routes` with each `:id` filled by `id` (a thunk, so fixtures made in beforeAll resolve). */
function routePath(routes: readonly RouteShape[], id: fc.Arbitrary<() => string>) {
  return fc
    .tuple(fc.constantFrom(...routes), fc.array(id, { minLength: 4, maxLength: 4 }))
    .map(([route, fill]) => ({
      method: route.method,
      segments: () => {
        let next = 0;
        return route.pattern.map((part) => (part === ':id' ? fill[next++]!() : part));
      },
      // How a counterexample names it: the segments are only known once the fixtures exist.
      [fc.toStringMethod]: () => `${route.method} /${route.pattern.join('/')}`,
    }));
}

const body = fc.oneof(
  { weight: 8, arbitrary: hostileBodyText },
  // Bytes that are not UTF-8, and bodies past any sane size.
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: fc.nat(400_000).map((size) => JSON.stringify({ name: 'a'.repeat(size) })) },
);

const requestParts = {
  query: fc.option(queryString, { freq: 2 }),
  contentType: fc.constantFrom('application/json', 'text/plain', '', 'application/json; charset=latin1'),
  // Raw: `%zz`, `..` and the like reach the URL parser as typed; otherwise each segment is percent-encoded.
  raw: fc.boolean(),
};

/**
 * Any request: one of `routes` with its ids filled by `id` (fixtures) or by any segment, or a method and
 * segments at random; any other method now and then; a query, a body, and how it is sent.
 */
export function hostileRequest(routes: readonly RouteShape[], id: fc.Arbitrary<() => string>) {
  const anyId = fc.oneof(
    id,
    pathSegment.map((segment) => () => segment),
  );
  const randomPath = fc.tuple(method, fc.array(pathSegment, { maxLength: 6 })).map(([verb, segments]) => ({
    method: verb,
    segments: () => segments,
    [fc.toStringMethod]: () => `${verb} ${fc.stringify(segments)}`,
  }));
  return fc.record({
    path: fc.oneof(routePath(routes, anyId), randomPath),
    otherMethod: fc.option(method, { freq: 4 }),
    body: fc.option(body, { freq: 5 }),
    ...requestParts,
  });
}

/** A body sent to one of `routes`, with its ids the fixtures' (`id`), so that the body is what gets checked. */
export function routeRequest(routes: readonly RouteShape[], id: fc.Arbitrary<() => string>) {
  return fc.record({
    path: routePath(routes, id),
    otherMethod: fc.constant(null),
    body: fc.option(body, { freq: 10 }),
    ...requestParts,
  });
}
export type HostileRequest = typeof hostileRequest extends (...args: never[]) => fc.Arbitrary<infer T>
  ? T
  : never;

/** The request's method and URL path (after `base`), or undefined when fetch's own Request refuses it. */
export function toRequest(
  shape: HostileRequest,
  base: string,
  headers: Headers,
): { request: Request; segments: string[] } | undefined {
  const verb = shape.otherMethod ?? shape.path.method;
  const segments = shape.path.segments();
  const path = segments
    .map((segment) => segment.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'))
    .map((segment) =>
      shape.raw ? segment.replace(/[?#/\\]/g, encodeURIComponent) : encodeURIComponent(segment),
    )
    .join('/');
  if (shape.contentType) headers.set('content-type', shape.contentType);
  const hasBody = shape.body !== null && !/^(GET|HEAD)$/i.test(verb);
  try {
    const url = `${base}/${path}${shape.query === null ? '' : `?${shape.query}`}`;
    return {
      request: new Request(url, { method: verb, headers, body: hasBody ? shape.body : undefined }),
      segments,
    };
  } catch {
    // A method fetch forbids (TRACE, CONNECT), say: such a request never reaches the code under test in-process.
    return undefined;
  }
}

// --- Sandbox bodies ---------------------------------------------------------------------------------------
/** A valid name: 1–64 bytes of well-formed UTF-8. */
export const sandboxName = wellFormedString(20).filter(
  (name) => name !== '' && bytesOf(name) <= NAME_MAX_BYTES,
);

const isReserved = (key: string) => /^(superserve\.|_superserve)/i.test(key);

/** A valid metadata key (non-empty, ≤256 bytes, not reserved), often one of JavaScript's special keys. */
export const metadataKey = fc
  .oneof(
    { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_KEYS) },
    { weight: 4, arbitrary: wellFormedString(16) },
  )
  .filter((key) => key !== '' && !isReserved(key) && bytesOf(key) <= METADATA_KEY_MAX_BYTES);

export const metadataValue = fc.oneof(
  { weight: 6, arbitrary: wellFormedString(24) },
  {
    weight: 1,
    arbitrary: wellFormedString(600).filter((value) => bytesOf(value) <= METADATA_VALUE_MAX_BYTES),
  },
);

/** Valid metadata as entries (distinct keys, at most 12: far inside the 64-key and 16 KB limits). */
export const metadataEntries = fc.uniqueArray(fc.tuple(metadataKey, metadataValue), {
  selector: ([key]) => key,
  maxLength: 12,
});

/** Entries → a plain object, `__proto__` kept as an own property (as JSON.parse makes it). */
export function toRecord<T>(entries: ReadonlyArray<readonly [string, T]>): Record<string, T> {
  const record: Record<string, T> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return record;
}

const octet = fc.integer({ min: 0, max: 255 });
export const ipv4 = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));
export const cidr = fc.tuple(ipv4, fc.integer({ min: 0, max: 32 })).map(([ip, prefix]) => `${ip}/${prefix}`);

const label = fc.stringMatching(/^[a-zA-Z0-9]([a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?$/);
const tld = fc.stringMatching(/^[a-zA-Z]{2,6}$/);
export const domain = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld, fc.boolean())
  .map(([labels, top, wildcard]) => `${wildcard ? '*.' : ''}${[...labels, top].join('.')}`);

/** Valid network rules; either list may be absent or empty. */
export const network = fc.record(
  {
    allow_out: fc.array(fc.oneof(domain, ipv4, cidr), { maxLength: 5 }),
    deny_out: fc.array(fc.oneof(cidr, ipv4), { maxLength: 5 }),
  },
  { requiredKeys: [] },
);
export type Network = { allow_out?: string[]; deny_out?: string[] };

/**
 * `network` as the API reads it back (API-NOTES, Create: the response): an empty list is left out, and `network`
 * itself only when a rule was given. Rules themselves come back exactly as sent.
 */
export function documentedNetwork(sent: Network | undefined): Network | undefined {
  const normal: Network = {};
  if (sent?.allow_out?.length) normal.allow_out = sent.allow_out;
  if (sent?.deny_out?.length) normal.deny_out = sent.deny_out;
  return normal.allow_out || normal.deny_out ? normal : undefined;
}

// PWD is left out: the shell sets it to the working directory after the env layers, as a real sh does.
const envName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/).filter((name) => name !== 'PWD');
/** A valid env value: well-formed, no NUL (the contract refuses one). */
const envValue = wellFormedString(24).map((value) => value.replaceAll('\0', ''));

/** A valid create body; `env_vars` values are well-formed but otherwise anything. */
export const createBody = fc.record(
  {
    name: sandboxName,
    metadata: metadataEntries,
    network,
    timeout_seconds: fc.integer({ min: 3_600, max: 604_800 }),
    env_vars: fc.uniqueArray(fc.tuple(envName, envValue), { selector: ([name]) => name, maxLength: 4 }),
    from_template: fc.constantFrom('superserve/base', 'superserve/node-22', 'superserve/python-3.11'),
  },
  { requiredKeys: ['name'] },
);
export type CreateBodyParts = typeof createBody extends fc.Arbitrary<infer T> ? T : never;

/** The JSON text of a create body, metadata and env_vars as objects (with `__proto__` as data). */
export function createBodyJson(parts: CreateBodyParts): string {
  const { metadata, env_vars: envVars, ...rest } = parts;
  return JSON.stringify({
    ...rest,
    ...(metadata ? { metadata: toRecord(metadata) } : {}),
    ...(envVars ? { env_vars: toRecord(envVars) } : {}),
  });
}

/** A metadata or env map as comparable, key-ordered entries (`__proto__` included). */
export const sortedEntries = (record: object | undefined): [string, unknown][] =>
  Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
