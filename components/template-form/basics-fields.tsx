'use client';

/** Name and resources (vCPU, memory, disk), each with the API's limits and default said next to it. */
import type { UseFormReturn } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { TEMPLATE_NAME_MAX_LENGTH } from '@/lib/contract/limits';
import { RESOURCE_FIELDS, type ResourceField, type TemplateFormValues } from '@/lib/template-form/values';
import { cn } from '@/components/ui/cn';
import { TemplateTextField } from './text-field';

type Props = { form: UseFormReturn<TemplateFormValues>; disabled?: boolean };

/** "1 GiB" for 1024 MiB: how people think of memory and disk. */
function inGiB(mib: number): string {
  const gib = mib / 1024;
  return Number.isInteger(gib) ? `${gib} GiB` : `${gib.toFixed(2)} GiB`;
}

function rangeHint({ unit, limits }: ResourceField): string {
  const range = `${limits.min}–${limits.max} ${unit}`;
  return unit === 'MiB'
    ? `${range} (${inGiB(limits.min)}–${inGiB(limits.max)}). Default ${limits.default} (${inGiB(limits.default)}).`
    : `${range}. Default ${limits.default}.`;
}

function NameCounter({ form }: Props) {
  const name = useWatch({ control: form.control, name: 'name' }) ?? '';
  if (name.length <= TEMPLATE_NAME_MAX_LENGTH - 16) return null;
  return (
    <span className={cn('tabular-nums', name.length > TEMPLATE_NAME_MAX_LENGTH && 'text-danger-text')}>
      {name.length} / {TEMPLATE_NAME_MAX_LENGTH}
    </span>
  );
}

export function BasicsFields({ form, disabled }: Props) {
  return (
    <div className="flex flex-col gap-5">
      <TemplateTextField
        form={form}
        name="name"
        label="Name"
        required
        placeholder="my-python-env"
        hint="Unique in your team; sandboxes are created from it by this name. Lowercase letters, digits and . _ / -, starting and ending with a letter or digit."
        labelAside={<NameCounter form={form} />}
        disabled={disabled}
      />
      <div className="grid gap-5 sm:grid-cols-3">
        {RESOURCE_FIELDS.map((field) => (
          <TemplateTextField
            key={field.name}
            form={form}
            name={field.name}
            label={field.unit === 'MiB' ? `${field.label} (MiB)` : field.label}
            required
            numeric
            hint={rangeHint(field)}
            disabled={disabled}
          />
        ))}
      </div>
    </div>
  );
}
