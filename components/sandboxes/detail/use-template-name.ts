'use client';

import { useTemplates } from '@/lib/client/templates';
import type { SandboxResponse } from '@/lib/contract';
import { templateNamer, templateOf } from '@/lib/sandbox/template-ref';

export type TemplateName = { label: string; known: boolean } | undefined;

/**
 * The template a sandbox booted from, by name. The API may send an id (the embedded API's `template_id`) or a
 * name; an id is looked up in the templates list (usually cached by the form already). Undefined when the
 * backend does not say.
 */
export function useTemplateName(sandbox: SandboxResponse): TemplateName {
  const { data: templates } = useTemplates();
  const ref = templateOf(sandbox);
  if (!ref) return undefined;
  const name = templateNamer(templates)(ref);
  return name ? { label: name, known: true } : { label: ref, known: false };
}
