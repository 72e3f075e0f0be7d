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
 *
 * A save still waiting when the page goes away (a reload, or a 401 sending it to sign-in right after the last
 * keystroke) is written at once on `pagehide`, so the draft that comes back is the form as it was left.
 */
export function useDraftAutosave(form: UseFormReturn<SandboxFormValues>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      saveDraft(window.sessionStorage, form.getValues());
    };
    const subscription = form.watch((_values, { name }) => {
      // A change to a named field is an edit; reset() (loading values) reports no name.
      if (name === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    const flush = () => {
      if (timer !== undefined) save();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
      subscription.unsubscribe();
    };
  }, [form, enabled]);
}
