'use client';

/**
 * The template form's submit path, the same as the sandbox form's (useCreateSubmit: one Idempotency-Key per
 * attempt set, a guard against double submits, the API's field errors put back on their fields and steps, a
 * banner for everything else), with the template API's errors and where a created template goes.
 */
import { useRouter } from 'next/navigation';
import type { UseFormReturn } from 'react-hook-form';
import { useCreateTemplate } from '@/lib/client/templates';
import { clearTemplateDraft } from '@/lib/template-form/draft';
import { toCreateTemplateRequest } from '@/lib/template-form/request';
import { mapTemplateServerErrors } from '@/lib/template-form/server-errors';
import { describeTemplateSubmitError } from '@/lib/template-form/submit-error';
import type { TemplateFormValues } from '@/lib/template-form/values';
import { useCreateSubmit } from '@/components/sandbox-form/use-create-submit';
import { toast } from '@/components/ui/toast';

type Options = {
  form: UseFormReturn<TemplateFormValues>;
  formRef: React.RefObject<HTMLFormElement | null>;
  onCreated: () => void;
};

export function useSubmitTemplate({ form, formRef, onCreated }: Options) {
  const router = useRouter();
  const mutation = useCreateTemplate();
  const submit = useCreateSubmit({
    form,
    formRef,
    toBody: toCreateTemplateRequest,
    send: (request) => mutation.mutateAsync(request),
    describe: describeTemplateSubmitError,
    mapFields: mapTemplateServerErrors,
    onCreated: (template) => {
      onCreated();
      clearTemplateDraft(window.sessionStorage);
      toast.success(`Template ${template.name} created`, 'Its first build has started.');
      router.push(`/templates/${encodeURIComponent(template.id)}`);
    },
  });
  return { ...submit, pending: mutation.isPending || mutation.isSuccess };
}
