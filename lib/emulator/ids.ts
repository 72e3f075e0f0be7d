/** Identifiers: UUIDs for resources, opaque random access tokens. */
import { randomBytes, randomUUID } from 'node:crypto';

import { badRequest } from './errors';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID_RE.test(value);

export const newId = (): string => randomUUID();

export const newAccessToken = (): string => `sbt_${randomBytes(24).toString('base64url')}`;

/** Validates a path id the way the API does, and returns it in canonical lower case. */
export function parseUuidParam(name: 'sandbox_id' | 'template_id' | 'build_id', value: string): string {
  if (!isUuid(value)) throw badRequest(`Invalid ${name}: ${JSON.stringify(value)} is not a valid UUID`);
  return value.toLowerCase();
}

export const toRfc3339 = (epochMs: number): string => new Date(epochMs).toISOString();
