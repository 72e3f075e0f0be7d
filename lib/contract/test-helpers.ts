/** Helpers for the contract tests: exact byte-length strings and terse issue lists. */
import type { z } from 'zod';
import { utf8Bytes } from '@/lib/contract/bytes';
import { toFieldErrors } from './errors';
import type { FieldError } from './errors';

/** A string of exactly `bytes` UTF-8 bytes made mostly of 3-byte '€' (so characters ≠ bytes). */
export function euroString(bytes: number): string {
  const text = '€'.repeat(Math.floor(bytes / 3)) + 'a'.repeat(bytes % 3);
  if (utf8Bytes(text) !== bytes) throw new Error('euroString miscounted');
  return text;
}

/** The field errors of parsing `value`, or [] when it parses. */
export function fieldErrors(schema: z.ZodType, value: unknown): FieldError[] {
  const result = schema.safeParse(value);
  return result.success ? [] : toFieldErrors(result.error);
}
