/**
 * Building string→string maps that keep every key they were given, `__proto__` included (see ./string-map for
 * why). Zod-free, so the browser's form code can use it without the schemas.
 */
export type StringMap = Record<string, string>;

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `entries` as a map; a later duplicate wins, as assignment would, but every key stays a key. */
export function toStringMap(entries: Iterable<readonly [string, string]>): StringMap {
  return Object.fromEntries(entries);
}
