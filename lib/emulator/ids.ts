/** Identifiers: UUIDs for resources, opaque random access tokens. */
import { randomBytes, randomUUID } from 'node:crypto';

import { isUuid } from '@/lib/contract/ids';

import { badRequest } from './errors';

export const newId = (): string => randomUUID();

export const newAccessToken = (): string => `sbt_${randomBytes(24).toString('base64url')}`;

/** Validates a path id the way the API does, and returns it in canonical lower case. */
export function parseUuidParam(name: 'sandbox_id' | 'template_id' | 'build_id', value: string): string {
  if (!isUuid(value)) throw badRequest(`Invalid ${name}: ${JSON.stringify(value)} is not a valid UUID`);
  return value.toLowerCase();
}

export const toRfc3339 = (epochMs: number): string => new Date(epochMs).toISOString();
