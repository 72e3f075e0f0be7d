/**
 * How deeply JSON text nests, measured on the raw text before anything parses it. JSON.parse copes with any depth,
 * but what comes after it does not: JSON.stringify, zod and any recursive walk overflow the stack a few thousand
 * levels down, and a stack overflow is a 500. One linear pass with a counter, no recursion, stops at the first level
 * over the limit.
 */
import { JSON_MAX_DEPTH } from './limits';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** True when `text` opens more than `max` objects/arrays inside one another (brackets inside strings don't count). */
export function jsonNestsDeeperThan(text: string, max: number = JSON_MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === BACKSLASH)
        i++; // whatever is escaped, it neither ends the string nor opens anything
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) inString = true;
    else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) depth--;
  }
  return false;
}

/** The 400's message, in words: what was wrong and what the limit is. */
export const JSON_TOO_DEEP_MESSAGE = `The request body nests objects and arrays more than ${JSON_MAX_DEPTH} levels deep; no request of the API needs more than a few.`;
