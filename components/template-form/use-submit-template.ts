'use client';

/**
 * The template form's submit path, as the sandbox form's (use-submit-sandbox): one Idempotency-Key per attempt
 * set (kept across retries of the same body, renewed after an answer that created nothing), a guard against
 * double submits, the API's field errors put back on their fields and steps, and a banner for everything else.
 * The form's values are never touched on failure.
 */
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import type { FieldErrors, Path, UseFormReturn } from 'react-hook-form';
import { isApiError, networkError } from '@/lib/client/api-error';
import { useCreateTemplate } from '@/lib/client/templates';
import { createAttemptKeys, createdNothing } from '@/lib/sandbox-form/idempotency';
import type { SubmitBanner } from '@/lib/sandbox-form/submit-error';
import { clearTemplateDraft } from '@/lib/template-form/draft';
import { toCreateTemplateRequest } from '@/lib/template-form/request';
import { mapTemplateServerErrors } from '@/lib/template-form/server-errors';
import { describeTemplateSubmitError } from '@/lib/template-form/submit-error';
import type { TemplateFormValues } from '@/lib/template-form/values';
import { focusFirstInvalid } from '@/components/sandbox-form/use-submit-sandbox';
import { toast } from '@/components/ui/toast';

type Options = {
  form: UseFormReturn<TemplateFormValues>;
  formRef: React.RefObject<HTMLFormElement | null>;
  onCreated: () => void;
};

export function useSubmitTemplate({ form, formRef, onCreated }: Options) {
  const router = useRouter();
  const mutation = useCreateTemplate();
  const [attemptKeys] = useState(() => createAttemptKeys());
  const [banner, setBanner] = useState<{ banner: SubmitBanner; seq: number; focus: boolean }>();
  const inFlight = useRef(false);

  function showError(error: unknown, values: TemplateFormValues) {
    const apiError = isApiError(error) ? error : networkError();
    if (createdNothing(apiError.status)) attemptKeys.forget();
    const described = describeTemplateSubmitError(apiError);
    const mapped = mapTemplateServerErrors(apiError.fields, values);
    for (const field of mapped.fields) {
      form.setError(field.path as Path<TemplateFormValues>, { type: 'server', message: field.message });
    }
    if (described.field) {
      form.setError(described.field.path as Path<TemplateFormValues>, {
        type: 'server',
        message: described.field.message,
      });
    }
    const detail = mapped.unplaced.map((f) => `${f.path}: ${f.message}`).join('; ');
    const onAField = mapped.fields.length > 0 || Boolean(described.field);
    setBanner((previous) => ({
      banner: detail ? { ...described, detail } : described,
      seq: (previous?.seq ?? 0) + 1,
      focus: !onAField,
    }));
    if (onAField) focusFirstInvalid(formRef.current);
  }

  async function onValid(values: TemplateFormValues) {
    if (inFlight.current) return;
    const body = toCreateTemplateRequest(values);
    const idempotencyKey = attemptKeys.keyFor(JSON.stringify(body));
    inFlight.current = true;
    setBanner(undefined);
    try {
      const template = await mutation.mutateAsync({ body, idempotencyKey });
      onCreated();
      clearTemplateDraft(window.sessionStorage);
      toast.success(`Template ${template.name} created`, 'Its first build has started.');
      router.push(`/templates/${encodeURIComponent(template.id)}`);
    } catch (error) {
      inFlight.current = false;
      showError(error, values);
    }
  }

  function onInvalid(_errors: FieldErrors<TemplateFormValues>) {
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
