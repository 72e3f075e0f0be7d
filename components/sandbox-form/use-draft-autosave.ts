'use client';

import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { saveDraft } from '@/lib/sandbox-form/draft';
import type { SandboxFormValues } from '@/lib/sandbox-form/values';

const SAVE_DELAY_MS = 400;

/**
 * Keeps a form's draft in sessionStorage while the user edits, through `save` (a module-level function, so the
 * effect is not re-run on every render). Only edits are saved: merely opening the page must not leave a "draft"
 * behind. `enabled` is turned off once the thing was created, so a pending save cannot bring the draft back.
 *
 * A save still waiting when the page goes away (a reload, or a 401 sending it to sign-in right after the last
 * keystroke) is written at once on `pagehide`, so the draft that comes back is the form as it was left.
 */
export function useFormDraftAutosave<T extends FieldValues>(
  form: UseFormReturn<T>,
  enabled: boolean,
  save: (storage: Storage, values: T) => void,
) {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const saveNow = () => {
      clearTimeout(timer);
      timer = undefined;
      save(window.sessionStorage, form.getValues());
    };
    const subscription = form.watch((_values, { name }) => {
      // A change to a named field is an edit; reset() (loading values) reports no name.
      if (name === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(saveNow, SAVE_DELAY_MS);
    });
    const flush = () => {
      if (timer !== undefined) saveNow();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
      subscription.unsubscribe();
    };
  }, [form, enabled, save]);
}

/** The sandbox form's draft (env vars are left out by saveDraft). */
export function useDraftAutosave(form: UseFormReturn<SandboxFormValues>, enabled: boolean) {
  useFormDraftAutosave(form, enabled, saveDraft);
}
