/**
 * Small schema builders whose messages name the field in words a user understands (zod's defaults
 * say "Invalid input: expected string, received undefined", which helps nobody filling in a form).
 */
import { z } from 'zod';

type ObjectIssue = z.core.$ZodRawIssue;

/** Error function for an object schema: names unknown fields, and what the object is for. */
export function objectError(label: string, fields: readonly string[]) {
  return (issue: ObjectIssue): string => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      const noun = issue.keys.length === 1 ? 'Unknown field' : 'Unknown fields';
      return `${noun} ${keys} in ${label}; the allowed fields are ${fields.join(', ')}`;
    }
    if (issue.input === undefined) return `${capitalize(label)} is required`;
    return `${capitalize(label)} must be a JSON object`;
  };
}

/** Error function for a typed primitive: "x is required" when missing, "x must be …" otherwise. */
export function typeError(field: string, expected: string) {
  return (issue: ObjectIssue): string =>
    issue.input === undefined ? `${field} is required` : `${field} must be ${expected}`;
}

/** A required string with a friendly message. */
export function requiredString(field: string) {
  return z.string({ error: typeError(field, 'a string') });
}

/** A non-empty string: "x is required" for both missing and empty. Later checks skip an empty one. */
export function nonEmptyString(field: string, emptyMessage = `${field} is required`) {
  return requiredString(field).min(1, { error: emptyMessage, abort: true });
}

/** An integer in [min, max] with one clear message for the range. */
export function intInRange(field: string, min: number, max: number, rangeMessage?: string) {
  const range = rangeMessage ?? `${field} must be between ${min} and ${max}`;
  return z
    .number({ error: typeError(field, 'a number') })
    .int({ error: `${field} must be a whole number` })
    .min(min, { error: range })
    .max(max, { error: range });
}

/** "the request body" starts a sentence as "The request body"; a field name like build_spec stays as is. */
function capitalize(text: string): string {
  return /^(the|a) /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
