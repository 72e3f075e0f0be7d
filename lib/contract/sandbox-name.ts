/** The sandbox name's rule without zod: the browser's form checks it with this, SandboxNameSchema is built on it. */
import { utf8Bytes } from './bytes';
import { NAME_MAX_BYTES, NAME_MIN_BYTES } from './limits';

/** Why `name` is not a usable sandbox name (1–64 UTF-8 bytes, not trimmed), or undefined when it is. */
export function sandboxNameIssue(name: string): string | undefined {
  const bytes = utf8Bytes(name);
  if (bytes < NAME_MIN_BYTES) return 'name is required';
  if (bytes > NAME_MAX_BYTES) {
    return `name is ${bytes} bytes; the limit is ${NAME_MAX_BYTES} (accented letters and emoji take 2–4 bytes each)`;
  }
  return undefined;
}
