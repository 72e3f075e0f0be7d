'use client';

import { useController, type UseFormReturn } from 'react-hook-form';
import { utf8Bytes } from '@/lib/contract/bytes';
import { NAME_MAX_BYTES } from '@/lib/contract/limits';
import { suggestName } from '@/lib/sandbox-form/name';
import type { SandboxFormValues } from '@/lib/sandbox-form/values';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Field } from '@/components/ui/field';
import { RefreshIcon } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';

/** The sandbox name (1–64 bytes), prefilled with a suggestion that a click replaces. */
export function NameField({
  form,
  disabled,
}: {
  form: UseFormReturn<SandboxFormValues>;
  disabled?: boolean;
}) {
  const {
    field: { ref, name, value, onChange, onBlur },
    fieldState,
  } = useController({ control: form.control, name: 'name' });
  const bytes = utf8Bytes(value);
  const nearLimit = bytes > NAME_MAX_BYTES - 16;

  return (
    <Field
      label="Name"
      required
      error={fieldState.error?.message}
      hint="Shown in lists; it need not be unique."
      labelAside={
        nearLimit ? (
          <span className={cn('tabular-nums', bytes > NAME_MAX_BYTES && 'text-danger-text')}>
            {bytes} / {NAME_MAX_BYTES} bytes
          </span>
        ) : undefined
      }
    >
      <div className="flex gap-2">
        <Input
          ref={ref}
          name={name}
          value={value}
          onChange={onChange}
          onBlur={onBlur}
          disabled={disabled}
          autoComplete="off"
          spellCheck={false}
          className="font-mono text-[13px]"
        />
        <Button
          variant="secondary"
          size="icon"
          className="size-9"
          disabled={disabled}
          aria-label="Suggest another name"
          title="Suggest another name"
          onClick={() => form.setValue('name', suggestName(), { shouldValidate: true, shouldDirty: true })}
        >
          <RefreshIcon />
        </Button>
      </div>
    </Field>
  );
}
