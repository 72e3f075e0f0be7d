const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API's sandbox ids are UUIDs; a path segment that isn't one can never name a sandbox. */
export function isSandboxId(value: string): boolean {
  return UUID.test(value);
}
