/**
 * The create form's draft in sessionStorage, so a reload (or a trip to another page) loses nothing.
 * Env-var rows are never written: their values are secrets, and a key without its value would silently
 * create an empty variable. The draft remembers only how many were dropped, to tell the user.
 */
import type { SandboxFormValues } from './values';
import { LIFETIME_UNITS } from './values';

export const DRAFT_STORAGE_KEY = 'sandbox-console:create-draft:v1';

export type Draft = { values: SandboxFormValues; droppedEnvVars: number; savedAt: number };

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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

export function saveDraft(storage: StorageLike, values: SandboxFormValues): void {
  try {
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(toDraft(values)));
  } catch {
    // Storage full or disabled (private mode): the draft is a convenience, never a reason to fail the form.
  }
}

export function loadDraft(storage: StorageLike): Draft | undefined {
  try {
    return parseDraft(storage.getItem(DRAFT_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

export function clearDraft(storage: StorageLike): void {
  try {
    storage.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // See saveDraft.
  }
}
