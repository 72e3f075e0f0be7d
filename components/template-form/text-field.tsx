'use client';

/** A one-line text input bound to a field of the template form, with its label, hint and error. */
import type { ReactNode } from 'react';
import { useController, type UseFormReturn } from 'react-hook-form';
import type { TemplateFormValues } from '@/lib/template-form/values';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

type TextFieldName = 'name' | 'vcpu' | 'memoryMib' | 'diskMib' | 'from' | 'startCmd' | 'readyCmd';

export type TemplateTextFieldProps = {
  form: UseFormReturn<TemplateFormValues>;
  name: TextFieldName;
  label: string;
  hint?: ReactNode;
  labelAside?: ReactNode;
  required?: boolean;
  placeholder?: string;
  disabled?: boolean;
  numeric?: boolean;
  /** Check on every keystroke, not only after the field was left: for rules worth knowing at once. */
  validateWhile?: (value: string) => boolean;
  className?: string;
};

export function TemplateTextField({
  form,
  name,
  label,
  hint,
  labelAside,
  required,
  placeholder,
  disabled,
  numeric,
  validateWhile,
  className,
}: TemplateTextFieldProps) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control: form.control, name });
  const text = String(value ?? '');
  return (
    <Field
      label={label}
      hint={hint}
      labelAside={labelAside}
      required={required}
      error={fieldState.error?.message}
      className={className}
    >
      <Input
        ref={ref}
        name={name}
        value={text}
        onChange={(event) => {
          onChange(event.target.value);
          if (validateWhile?.(event.target.value)) void form.trigger(name);
        }}
        onBlur={onBlur}
        disabled={disabled}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        inputMode={numeric ? 'numeric' : undefined}
        className={numeric ? 'tabular-nums' : 'font-mono text-[13px]'}
      />
    </Field>
  );
}
