'use client';

import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { saveDraft } from '@/lib/sandbox-form/draft';
import type { SandboxFormValues } from '@/lib/sandbox-form/values';

const SAVE_DELAY_MS = 400;

/**
 * Keeps the form's draft in sessionStorage while the user edits (env vars are left out by saveDraft).
 * Only edits are saved: merely opening the page must not leave a "draft" behind. `enabled` is turned off
 * once the sandbox was created, so a pending save cannot bring the draft back.
 */
export function useDraftAutosave(form: UseFormReturn<SandboxFormValues>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch((_values, { name }) => {
      // A change to a named field is an edit; reset() (loading values) reports no name.
      if (name === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(() => saveDraft(window.sessionStorage, form.getValues()), SAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [form, enabled]);
}
