'use client';

/** The base image (forbidden bases refused as you type) and the start and ready commands. */
import type { UseFormReturn } from 'react-hook-form';
import { TEMPLATE_FORBIDDEN_BASES } from '@/lib/contract/limits';
import type { TemplateFormValues } from '@/lib/template-form/values';
import { TemplateTextField } from './text-field';

type Props = { form: UseFormReturn<TemplateFormValues>; disabled?: boolean };

const isForbidden = (from: string) =>
  TEMPLATE_FORBIDDEN_BASES.some((base) => from.toLowerCase().includes(base));

export function BaseImageField({ form, disabled }: Props) {
  return (
    <TemplateTextField
      form={form}
      name="from"
      label="Base image"
      required
      placeholder="python:3.11"
      hint="Any public glibc image, e.g. python:3.11, node:22-slim or ubuntu:24.04. Alpine and distroless images can’t be used."
      // A forbidden base is refused at once; clearing it again removes the message at once too.
      validateWhile={(value) => isForbidden(value) || form.getFieldState('from').invalid}
      disabled={disabled}
    />
  );
}

export function CommandFields({ form, disabled }: Props) {
  return (
    <div className="flex flex-col gap-5">
      <TemplateTextField
        form={form}
        name="startCmd"
        label="Start command"
        placeholder="python -m http.server 8000"
        hint="Runs after the steps and is captured running in the snapshot, so sandboxes start with it live. Leave empty for none."
        disabled={disabled}
      />
      <TemplateTextField
        form={form}
        name="readyCmd"
        label="Ready command"
        placeholder="curl -fsS http://localhost:8000/"
        hint="Polled every 2 s after the start command until it exits 0; the snapshot waits for it. Leave empty for none."
        disabled={disabled}
      />
    </div>
  );
}
