/** The API's ids (sandboxes, templates, builds) are UUIDs; it accepts them in either case. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` has the shape of the API's ids: a path segment that isn't a UUID can never name a sandbox,
 * and a template reference that is one names a template by id rather than by name.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
