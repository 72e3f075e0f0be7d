/**
 * The template form's draft in sessionStorage, so a reload (or a trip to another page) loses nothing. Nothing
 * in a template is secret (env steps are baked into the image and shown on its page), so every field is kept.
 * A stored draft is read back only if it has exactly the shape this version writes; anything else is ignored.
 */
import { z } from 'zod';
import { RowShapeSchema } from '@/lib/templates/steps';
import type { TemplateFormValues } from './values';

export const TEMPLATE_DRAFT_STORAGE_KEY = 'sandbox-console:template-draft:v1';

export type TemplateDraft = { values: TemplateFormValues; savedAt: number };

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const DraftSchema = z.object({
  savedAt: z.number(),
  values: z.object({
    name: z.string(),
    vcpu: z.string(),
    memoryMib: z.string(),
    diskMib: z.string(),
    from: z.string(),
    steps: z.array(RowShapeSchema),
    startCmd: z.string(),
    readyCmd: z.string(),
  }),
});

export function parseTemplateDraft(text: string | null): TemplateDraft | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = DraftSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export function saveTemplateDraft(storage: StorageLike, values: TemplateFormValues, now = Date.now()): void {
  try {
    storage.setItem(TEMPLATE_DRAFT_STORAGE_KEY, JSON.stringify({ values, savedAt: now }));
  } catch {
    // Storage full or disabled (private mode): the draft is a convenience, never a reason to fail the form.
  }
}

export function loadTemplateDraft(storage: StorageLike): TemplateDraft | undefined {
  try {
    return parseTemplateDraft(storage.getItem(TEMPLATE_DRAFT_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

export function clearTemplateDraft(storage: StorageLike): void {
  try {
    storage.removeItem(TEMPLATE_DRAFT_STORAGE_KEY);
  } catch {
    // See saveTemplateDraft.
  }
}
