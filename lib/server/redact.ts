import 'server-only';

const SECRET_FIELD = 'access_token';
/**
 * A sandbox's metadata is the user's own string tags: a tag they named `access_token` is their data, shown to
 * everyone who may read the sandbox anyway, and must read back as sent (not the platform's token).
 */
const USER_TAGS_FIELD = 'metadata';

const isStringMap = (value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.values(value).every((item) => typeof item === 'string');

/**
 * A copy of a JSON value without any `access_token`, at any depth but inside a metadata map of strings; `removed`
 * says whether there was one.
 */
function withoutTokens(value: unknown): { value: unknown; removed: boolean } {
  if (Array.isArray(value)) {
    let removed = false;
    const items = value.map((item) => {
      const result = withoutTokens(item);
      removed ||= result.removed;
      return result.value;
    });
    return { value: items, removed };
  }
  if (value !== null && typeof value === 'object') {
    let removed = false;
    const entries: [string, unknown][] = [];
    for (const [key, item] of Object.entries(value)) {
      if (key === SECRET_FIELD) {
        removed = true;
        continue;
      }
      if (key === USER_TAGS_FIELD && isStringMap(item)) {
        entries.push([key, item]);
        continue;
      }
      const result = withoutTokens(item);
      removed ||= result.removed;
      entries.push([key, result.value]);
    }
    return { value: Object.fromEntries(entries), removed };
  }
  return { value, removed: false };
}

/**
 * Sandbox access tokens grant data-plane access, so they never reach the browser. A body without one is
 * returned byte for byte, which keeps the upstream's errors exactly as it sent them; text that is not JSON too.
 */
export function stripAccessTokens(text: string): string {
  // Fast path for the common case; `\u` covers a key spelled with JSON escapes.
  if (!text.includes(SECRET_FIELD) && !text.includes('\\u')) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  const result = withoutTokens(parsed);
  return result.removed ? JSON.stringify(result.value) : text;
}

/** Replaces every occurrence of a secret in a log line or message, as a last line of defence. */
export function redactSecret(text: string, secret: string): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}
