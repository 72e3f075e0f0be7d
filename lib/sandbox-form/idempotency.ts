/**
 * One Idempotency-Key per "attempt set": every send of the same body reuses the key, so a double click, a
 * retry after a timeout or a 5xx never creates a second sandbox (the API returns the first response).
 *
 * The key changes when the body changes (it is a different request), and after an answer that proves nothing
 * was created (400, 404, 409, 429): reusing the key then could replay that refusal after the user fixed the
 * cause (deleted a sandbox to get under the cap, built the template…).
 */

export type AttemptKeys = {
  /** The key for sending `body` now (JSON text, so equal values give equal keys). */
  keyFor(body: string): string;
  /** Call after a response that created nothing, so the next attempt gets a fresh key. */
  forget(): void;
};

export function createAttemptKeys(newKey: () => string = () => crypto.randomUUID()): AttemptKeys {
  let current: { body: string; key: string } | undefined;
  return {
    keyFor(body) {
      if (!current || current.body !== body) current = { body, key: newKey() };
      return current.key;
    },
    forget() {
      current = undefined;
    },
  };
}

/** Statuses after which the request certainly created nothing and a fresh key is safe. */
export function createdNothing(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408;
}
