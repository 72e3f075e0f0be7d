'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import type { FieldErrors, Path, UseFormReturn } from 'react-hook-form';
import { isApiError, networkError } from '@/lib/client/api-error';
import { useCreateSandbox } from '@/lib/client/create-sandbox';
import { clearDraft } from '@/lib/sandbox-form/draft';
import { createAttemptKeys, createdNothing } from '@/lib/sandbox-form/idempotency';
import { toCreateRequest } from '@/lib/sandbox-form/request';
import { mapServerFieldErrors } from '@/lib/sandbox-form/server-errors';
import { describeSubmitError, type SubmitBanner } from '@/lib/sandbox-form/submit-error';
import { findTemplateOption, type TemplateOption } from '@/lib/sandbox-form/templates';
import type { SandboxFormValues } from '@/lib/sandbox-form/values';
import { toast } from '@/components/ui/toast';

const ARRAY_FIELDS = new Set(['metadata', 'envVars', 'allowOut', 'denyOut']);

/** Focuses and scrolls to the first invalid control in page order (not react-hook-form's registration order). */
export function focusFirstInvalid(container: HTMLElement | null, framesLeft = 30) {
  // Wait for the render that sets aria-invalid: on a busy machine it can land a few frames after setError.
  requestAnimationFrame(() => {
    // A selector list matches in document order, so this is the first problem on the page, whatever its kind.
    const first = container?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid-root]');
    if (!first) {
      if (framesLeft > 0) focusFirstInvalid(container, framesLeft - 1);
      return;
    }
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first.focus({ preventScroll: true });
  });
}

type Options = {
  form: UseFormReturn<SandboxFormValues>;
  templateOptions: readonly TemplateOption[];
  formRef: React.RefObject<HTMLFormElement | null>;
  onCreated: () => void;
};

/**
 * The submit path: one Idempotency-Key per attempt set, a guard against double submits, server field
 * errors put back on their rows, and a banner for everything else. The form's values are never touched
 * on failure.
 */
export function useSubmitSandbox({ form, templateOptions, formRef, onCreated }: Options) {
  const router = useRouter();
  const mutation = useCreateSandbox();
  const [attemptKeys] = useState(() => createAttemptKeys());
  // `focus`: the banner takes focus itself once it is on screen, unless a field error is focused instead.
  const [banner, setBanner] = useState<{ banner: SubmitBanner; seq: number; focus: boolean }>();
  const inFlight = useRef(false);

  function showError(error: unknown, values: SandboxFormValues) {
    const apiError = isApiError(error) ? error : networkError();
    if (createdNothing(apiError.status)) attemptKeys.forget();
    const described = describeSubmitError(apiError);
    const mapped = mapServerFieldErrors(apiError.fields, values);
    for (const field of mapped.fields) {
      const path = ARRAY_FIELDS.has(field.path) ? `${field.path}.root` : field.path;
      form.setError(path as Path<SandboxFormValues>, { type: 'server', message: field.message });
    }
    if (described.field)
      form.setError(described.field.path, { type: 'server', message: described.field.message });
    const detail = mapped.unplaced.map((f) => `${f.path}: ${f.message}`).join('; ');
    const onAField = mapped.fields.length > 0 || Boolean(described.field);
    setBanner((previous) => ({
      banner: detail ? { ...described, detail } : described,
      seq: (previous?.seq ?? 0) + 1,
      focus: !onAField,
    }));
    if (onAField) focusFirstInvalid(formRef.current);
  }

  async function onValid(values: SandboxFormValues) {
    if (inFlight.current) return;
    const template = findTemplateOption(templateOptions, values.template);
    if (template && !template.selectable) {
      form.setError('template', {
        type: 'validate',
        message: `${template.name} is ${template.status}; choose a ready template`,
      });
      focusFirstInvalid(formRef.current);
      return;
    }
    const body = toCreateRequest(values);
    const idempotencyKey = attemptKeys.keyFor(JSON.stringify(body));
    inFlight.current = true;
    setBanner(undefined);
    try {
      const sandbox = await mutation.mutateAsync({ body, idempotencyKey });
      onCreated();
      clearDraft(window.sessionStorage);
      toast.success(`Sandbox ${sandbox.name} created`, 'It is active and ready for commands.');
      router.push(`/sandboxes/${sandbox.id}`);
    } catch (error) {
      inFlight.current = false;
      showError(error, values);
    }
  }

  function onInvalid(_errors: FieldErrors<SandboxFormValues>) {
    focusFirstInvalid(formRef.current);
  }

  return {
    submit: (event?: React.BaseSyntheticEvent) => form.handleSubmit(onValid, onInvalid)(event),
    pending: mutation.isPending || mutation.isSuccess,
    banner,
    clearBanner: () => setBanner(undefined),
    /** The key the next send of `body` would use; shown in the curl preview. */
    keyFor: (bodyJson: string) => attemptKeys.keyFor(bodyJson),
  };
}
