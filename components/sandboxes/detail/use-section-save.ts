'use client';

import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isApiError } from '@/lib/client/api-error';
import { usePatchSandbox } from '@/lib/client/sandbox-actions';
import type { SandboxPatch } from '@/lib/contract';
import { mapServerFieldErrors } from '@/lib/sandbox-form/server-errors';
import { emptyFormValues, type SandboxFormValues } from '@/lib/sandbox-form/values';
import { describeActionFailure } from '@/lib/sandbox/actions';

type SectionSaveOptions<T extends FieldValues> = {
  form: UseFormReturn<T>;
  sandboxId: string;
  /** Names the section in messages. */
  section: 'metadata' | 'network';
  status: string;
  onSaved: () => void;
};

/**
 * Saving one edit section (metadata or network) with PATCH. On a 400 the API's field errors land on the rows
 * they are about (the same mapping as the create form: `metadata.env` → the row whose key is `env`); anything
 * else is explained next to Save. The form keeps every value on failure.
 */
export function useSectionSave<T extends FieldValues>({
  form,
  sandboxId,
  section,
  status,
  onSaved,
}: SectionSaveOptions<T>) {
  const patch = usePatchSandbox();

  function save(body: SandboxPatch) {
    patch.mutate(
      { id: sandboxId, body },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (!isApiError(error) || error.fields.length === 0) return;
          // The section's rows use the create form's field names, so its mapping applies as is.
          const values = { ...emptyFormValues(), ...form.getValues() } as SandboxFormValues;
          const { fields } = mapServerFieldErrors(error.fields, values);
          fields.forEach((field, index) =>
            form.setError(
              field.path as Path<T>,
              { type: 'server', message: field.message },
              { shouldFocus: index === 0 },
            ),
          );
        },
      },
    );
  }

  const error = patch.error ? describeActionFailure(section, patch.error, status) : undefined;

  return { save, saving: patch.isPending, error, reset: patch.reset };
}
