'use client';

import { useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { isApiError, networkError, type ApiError, type FieldError } from '@/lib/client/api-error';
import { createAttemptKeys, createdNothing } from '@/lib/sandbox-form/idempotency';
import type { MappedServerErrors } from '@/lib/sandbox-form/server-errors';
import type { SubmitBanner } from '@/lib/sandbox-form/submit-error';

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

export type CreateSubmitOptions<V extends FieldValues, B, R> = {
  form: UseFormReturn<V>;
  formRef: React.RefObject<HTMLFormElement | null>;
  /** The request body for the form's values: the same function the preview uses. */
  toBody: (values: V) => B;
  send: (request: { body: B; idempotencyKey: string }) => Promise<R>;
  /** The banner for a failed request, and the field it is about, if any. */
  describe: (error: ApiError) => SubmitBanner;
  /** The API's field errors (request paths) as form paths, and those the form can't place. */
  mapFields: (errors: readonly FieldError[], values: V) => MappedServerErrors;
  /** Where react-hook-form keeps a mapped field's error, e.g. a list's own message at `<list>.root`. */
  errorPath?: (path: string) => string;
  /** A check the form makes before sending; false stops the submit (it marks the field itself). */
  precheck?: (values: V) => boolean;
  onCreated: (result: R) => void;
};

/**
 * What both create forms' submit paths share: one Idempotency-Key per attempt set (every send of the same body
 * reuses it, so a double click or a retry after a timeout or a 5xx never creates twice; a new one after an answer
 * that proves nothing was created), a guard against double submits, server field errors put back where the user
 * typed them, and a banner for everything else. The form's values are never touched on failure.
 */
export function useCreateSubmit<V extends FieldValues, B, R>(options: CreateSubmitOptions<V, B, R>) {
  const { form, formRef, toBody, send, describe, mapFields, errorPath, precheck, onCreated } = options;
  const [attemptKeys] = useState(() => createAttemptKeys());
  // `focus`: the banner takes focus itself once it is on screen, unless a field error is focused instead.
  const [banner, setBanner] = useState<{ banner: SubmitBanner; seq: number; focus: boolean }>();
  const inFlight = useRef(false);

  function showError(error: unknown, values: V) {
    const apiError = isApiError(error) ? error : networkError();
    if (createdNothing(apiError.status)) attemptKeys.forget();
    const described = describe(apiError);
    const mapped = mapFields(apiError.fields, values);
    for (const field of mapped.fields) {
      const path = (errorPath ? errorPath(field.path) : field.path) as Path<V>;
      form.setError(path, { type: 'server', message: field.message });
    }
    if (described.field) {
      form.setError(described.field.path as Path<V>, { type: 'server', message: described.field.message });
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

  async function onValid(values: V) {
    if (inFlight.current) return;
    if (precheck && !precheck(values)) {
      focusFirstInvalid(formRef.current);
      return;
    }
    const body = toBody(values);
    const idempotencyKey = attemptKeys.keyFor(JSON.stringify(body));
    inFlight.current = true;
    setBanner(undefined);
    try {
      onCreated(await send({ body, idempotencyKey }));
    } catch (error) {
      inFlight.current = false;
      showError(error, values);
    }
  }

  return {
    submit: (event?: React.BaseSyntheticEvent) =>
      form.handleSubmit(onValid, () => focusFirstInvalid(formRef.current))(event),
    banner,
    clearBanner: () => setBanner(undefined),
    /** The key the next send of `body` would use; shown in the curl preview. */
    keyFor: (bodyJson: string) => attemptKeys.keyFor(bodyJson),
  };
}
