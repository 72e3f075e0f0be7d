'use client';

import { useRouter } from 'next/navigation';
import type { UseFormReturn } from 'react-hook-form';
import { useCreateSandbox } from '@/lib/client/create-sandbox';
import { clearDraft } from '@/lib/sandbox-form/draft';
import { toCreateRequest } from '@/lib/sandbox-form/request';
import { mapServerFieldErrors } from '@/lib/sandbox-form/server-errors';
import { describeSubmitError } from '@/lib/sandbox-form/submit-error';
import { findTemplateOption, type TemplateOption } from '@/lib/sandbox-form/templates';
import type { SandboxFormValues } from '@/lib/sandbox-form/values';
import { toast } from '@/components/ui/toast';
import { useCreateSubmit } from './use-create-submit';

const ARRAY_FIELDS = new Set(['metadata', 'envVars', 'allowOut', 'denyOut']);

type Options = {
  form: UseFormReturn<SandboxFormValues>;
  templateOptions: readonly TemplateOption[];
  formRef: React.RefObject<HTMLFormElement | null>;
  onCreated: () => void;
};

/**
 * The sandbox form's submit path (useCreateSubmit: attempt keys, double-submit guard, field errors, banner),
 * plus its own check that the chosen template is ready, and where a created sandbox goes.
 */
export function useSubmitSandbox({ form, templateOptions, formRef, onCreated }: Options) {
  const router = useRouter();
  const mutation = useCreateSandbox();
  const submit = useCreateSubmit({
    form,
    formRef,
    toBody: toCreateRequest,
    send: (request) => mutation.mutateAsync(request),
    describe: describeSubmitError,
    mapFields: mapServerFieldErrors,
    // A list's own message (too many keys, total size) lives at `<list>.root`.
    errorPath: (path) => (ARRAY_FIELDS.has(path) ? `${path}.root` : path),
    precheck: (values) => {
      const template = findTemplateOption(templateOptions, values.template);
      if (!template || template.selectable) return true;
      form.setError('template', {
        type: 'validate',
        message: `${template.name} is ${template.status}; choose a ready template`,
      });
      return false;
    },
    onCreated: (sandbox) => {
      onCreated();
      clearDraft(window.sessionStorage);
      toast.success(`Sandbox ${sandbox.name} created`, 'It is active and ready for commands.');
      router.push(`/sandboxes/${sandbox.id}`);
    },
  });
  return { ...submit, pending: mutation.isPending || mutation.isSuccess };
}
