/**
 * Well-formed Unicode text. JSON's `\ud800` escapes can spell a lone UTF-16 surrogate, which is no character at
 * all: UTF-8 cannot hold it, so storing one silently turns it into replacement characters (what was accepted
 * would not read back as sent) and every byte count of it is a guess. Bodies holding one, anywhere, are refused.
 */
import type { FieldError } from './errors';

// With the `u` flag a surrogate pair is one code point, so only a lone half matches. (The same test as
// String.prototype.isWellFormed, which our TypeScript lib setting, es2023, does not declare yet.)
const LONE_SURROGATE = /\p{Surrogate}/u;
const LONE_SURROGATES = /\p{Surrogate}/gu;

/** True when `text` holds no lone surrogate, so it encodes to UTF-8 and back unchanged. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** `text` with each lone surrogate written as its escape (`\ud800`), so a message can show it. */
export function showLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATES, (half) => `\\u${half.charCodeAt(0).toString(16)}`);
}

const firstLoneSurrogate = (text: string) => showLoneSurrogates(text.match(LONE_SURROGATE)?.[0] ?? '');

const WHY = 'which is not a character and cannot be stored as UTF-8';

/** How a message names a place in the body: `metadata.env`, `network.allow_out.2`, or "The request body". */
function label(path: readonly (string | number)[]): string {
  return path.length === 0 ? 'The request body' : showLoneSurrogates(path.join('.'));
}

/** A value still to look at, and where it is: a chain of parents, so no path is copied until one is reported. */
type Pending = { value: unknown; segment: string | number; parent: Pending | null };

function pathOf(node: Pending | null): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at = node; at !== null && at.parent !== null; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/**
 * The first string in a parsed JSON value (object keys included, at any depth) that is not well-formed, as a
 * field error: its path is where it is (`name`, `metadata.<key>`), the message says what is wrong in words.
 * Iterative and linear, so it is safe on any depth; undefined when every string is well-formed.
 */
export function findIllFormedText(value: unknown): FieldError | undefined {
  const stack: Pending[] = [{ value, segment: '', parent: null }];
  while (stack.length > 0) {
    const node = stack.pop() as Pending;
    const current = node.value;
    if (typeof current === 'string') {
      if (isWellFormedText(current)) continue;
      const path = pathOf(node);
      return {
        path: path.join('.'),
        message: `${label(path)} is not valid Unicode text: it contains an unpaired surrogate (${firstLoneSurrogate(current)}), ${WHY}`,
      };
    }
    if (typeof current !== 'object' || current === null) continue;
    if (!Array.isArray(current)) {
      const badKey = Object.keys(current).find((key) => !isWellFormedText(key));
      if (badKey !== undefined) {
        const path = pathOf(node);
        return {
          path: [...path, badKey].join('.'),
          message: `${label(path)} has a key that is not valid Unicode text ("${showLoneSurrogates(badKey)}"): it contains an unpaired surrogate (${firstLoneSurrogate(badKey)}), ${WHY}`,
        };
      }
    }
    const children: [string | number, unknown][] = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current);
    // Reversed, so the stack hands them out in document order and the first problem reported is the first one sent.
    for (let i = children.length - 1; i >= 0; i--) {
      const [segment, item] = children[i] as [string | number, unknown];
      stack.push({ value: item, segment, parent: node });
    }
  }
  return undefined;
}
