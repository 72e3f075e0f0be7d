/**
 * The create form's draft in sessionStorage, so a reload (or a trip to another page) loses nothing.
 * Env-var rows are never written: their values are secrets, and a key without its value would silently
 * create an empty variable. The draft remembers only how many were dropped, to tell the user.
 */
import { draftStore, type StorageLike } from './draft-store';
import type { SandboxFormValues } from './values';
import { LIFETIME_UNITS } from './values';

export const DRAFT_STORAGE_KEY = 'sandbox-console:create-draft:v1';

export type Draft = { values: SandboxFormValues; droppedEnvVars: number; savedAt: number };

export function toDraft(values: SandboxFormValues, now = Date.now()): Draft {
  return { values: { ...values, envVars: [] }, droppedEnvVars: values.envVars.length, savedAt: now };
}

const isString = (v: unknown): v is string => typeof v === 'string';

function isKeyValueRows(v: unknown): boolean {
  return Array.isArray(v) && v.every((r) => r && isString(r.id) && isString(r.key) && isString(r.value));
}

function isRuleRows(v: unknown): boolean {
  return Array.isArray(v) && v.every((r) => r && isString(r.id) && isString(r.value));
}

/** Accepts only a draft with the exact shape this version writes; anything else is ignored, never half-used. */
export function parseDraft(text: string | null): Draft | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const draft = data as Partial<Draft> | null;
  const values = draft?.values as Partial<SandboxFormValues> | undefined;
  const lifetime = values?.lifetime;
  const valid =
    values &&
    isString(values.name) &&
    isString(values.template) &&
    lifetime &&
    typeof lifetime.enabled === 'boolean' &&
    isString(lifetime.amount) &&
    (LIFETIME_UNITS as readonly string[]).includes(lifetime.unit) &&
    isKeyValueRows(values.metadata) &&
    isRuleRows(values.allowOut) &&
    isRuleRows(values.denyOut) &&
    typeof draft?.droppedEnvVars === 'number' &&
    typeof draft?.savedAt === 'number';
  if (!valid) return undefined;
  return {
    values: { ...(values as SandboxFormValues), envVars: [] },
    droppedEnvVars: draft.droppedEnvVars as number,
    savedAt: draft.savedAt as number,
  };
}

const store = draftStore(DRAFT_STORAGE_KEY, parseDraft);

export function saveDraft(storage: StorageLike, values: SandboxFormValues): void {
  store.save(storage, toDraft(values));
}

export const loadDraft = (storage: StorageLike): Draft | undefined => store.load(storage);
export const clearDraft = (storage: StorageLike): void => store.clear(storage);
