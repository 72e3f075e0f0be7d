'use client';

import { useMemo } from 'react';
import { useController, type UseFormReturn } from 'react-hook-form';
import { useTemplates } from '@/lib/client/templates';
import { findTemplateOption, toTemplateOptions, type TemplateOption } from '@/lib/sandbox-form/templates';
import type { SandboxFormValues } from '@/lib/sandbox-form/values';
import { Field } from '@/components/ui/field';
import { TemplateCombobox } from './template-combobox';

/** The hint under the combobox: what the sandbox inherits, or why the choice cannot work. */
function templateHint(value: string, match: TemplateOption | undefined, loading: boolean): string {
  if (match && !match.selectable)
    return `${match.name} is ${match.status}; only ready templates can be used.`;
  if (match) {
    const inherits = [match.resources, match.disk].filter(Boolean).join(' · ');
    const named = match.name !== value.trim() ? `${match.name} — ` : '';
    return inherits ? `${named}inherits ${inherits}` : `${named}resources come from the template`;
  }
  if (loading) return 'Loading templates…';
  if (value.trim() === '')
    return 'The sandbox boots from this template and inherits its vCPU, memory and disk.';
  return 'Not in the list: the API will look it up by name or id when you create.';
}

export function useTemplateOptions() {
  const templates = useTemplates();
  const options = useMemo(() => toTemplateOptions(templates.data ?? []), [templates.data]);
  const status: 'loading' | 'error' | 'ready' = templates.isPending
    ? 'loading'
    : templates.isError
      ? 'error'
      : 'ready';
  return { options, status };
}

export function TemplateField({
  form,
  disabled,
}: {
  form: UseFormReturn<SandboxFormValues>;
  disabled?: boolean;
}) {
  const {
    field: { ref, name, value, onChange, onBlur },
    fieldState,
  } = useController({ control: form.control, name: 'template' });
  const { options, status } = useTemplateOptions();
  const match = findTemplateOption(options, value);

  return (
    <Field
      label="Template"
      required
      error={fieldState.error?.message}
      hint={<span data-testid="template-hint">{templateHint(value, match, status === 'loading')}</span>}
    >
      <TemplateCombobox
        inputRef={ref}
        name={name}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        options={options}
        status={status}
        disabled={disabled}
      />
    </Field>
  );
}
