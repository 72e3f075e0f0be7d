/**
 * The template form's draft in sessionStorage, so a reload (or a trip to another page) loses nothing. Nothing
 * in a template is secret (env steps are baked into the image and shown on its page), so every field is kept.
 * A stored draft is read back only if it has exactly the shape this version writes; anything else is ignored.
 */
import { z } from 'zod';
import { draftStore, type StorageLike } from '@/lib/sandbox-form/draft-store';
import { RowShapeSchema } from '@/lib/templates/steps';
import type { TemplateFormValues } from './values';

export const TEMPLATE_DRAFT_STORAGE_KEY = 'sandbox-console:template-draft:v1';

export type TemplateDraft = { values: TemplateFormValues; savedAt: number };

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

const store = draftStore(TEMPLATE_DRAFT_STORAGE_KEY, parseTemplateDraft);

export function saveTemplateDraft(storage: StorageLike, values: TemplateFormValues, now = Date.now()): void {
  store.save(storage, { values, savedAt: now });
}

export const loadTemplateDraft = (storage: StorageLike): TemplateDraft | undefined => store.load(storage);
export const clearTemplateDraft = (storage: StorageLike): void => store.clear(storage);
