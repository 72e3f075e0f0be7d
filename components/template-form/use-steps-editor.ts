'use client';

/**
 * The steps editor's state on top of react-hook-form: the rows are the form's `steps` value, replaced as a whole
 * by the pure edits in lib/templates/steps.ts (move, duplicate, remove, change kind). Focus follows the row an
 * edit touched (a moved step keeps focus on its handle), and moves are announced in a live region.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { get, useFormState, useWatch, type UseFormReturn } from 'react-hook-form';
import {
  changeKind,
  duplicateStep,
  emptyStep,
  moveStep,
  removeStep,
  STEP_KIND_LABELS,
  type StepKind,
  type StepRow,
} from '@/lib/templates/steps';
import type { TemplateFormValues } from '@/lib/template-form/values';

/** Which control of a row to focus after an edit: its drag handle, or its first input. */
export type StepFocusTarget = 'handle' | 'input';
/** A field of a step row that holds text or a flag. */
export type StepField = 'run' | 'key' | 'value' | 'workdir' | 'name' | 'sudo';

export function stepSummary(row: StepRow): string {
  return STEP_KIND_LABELS[row.kind];
}

export function useStepsEditor(form: UseFormReturn<TemplateFormValues>) {
  const { control } = form;
  const watched = useWatch({ control, name: 'steps' }) as StepRow[] | undefined;
  const rows = useMemo(() => watched ?? [], [watched]);
  const { errors, isSubmitted } = useFormState({ control, name: 'steps' });
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<{ id: string; target: StepFocusTarget } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  // After a structural edit, focus the row it touched once it has rendered at its new place.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(pending.id)}"]`);
    const control = row?.querySelector<HTMLElement>(`[data-step-focus="${pending.target}"]`);
    (control ?? addButton.current)?.focus();
  }, [rows]);

  const hasErrors = Boolean(get(errors, 'steps'));

  /** Replaces the rows; re-checks them when errors are showing, since errors are kept by index. */
  function replace(next: readonly StepRow[], focus?: { id: string; target: StepFocusTarget }) {
    if (next === rows) return;
    pendingFocus.current = focus ?? null;
    form.setValue('steps', [...next], { shouldDirty: true });
    if (hasErrors || isSubmitted) void form.trigger('steps');
  }

  function move(from: number, to: number, via: 'keyboard' | 'drag') {
    const next = moveStep(rows, from, to);
    const row = rows[from];
    if (next === rows || !row) return;
    const position = next.indexOf(row) + 1;
    replace(next, via === 'keyboard' ? { id: row.id, target: 'handle' } : undefined);
    setAnnouncement(
      `Step ${from + 1}, ${stepSummary(row)}, moved to position ${position} of ${next.length}.`,
    );
  }

  // The edits, apart from the refs: the rows' components get only these.
  const actions = {
    errorAt(index: number, field: StepField): string | undefined {
      return (get(errors, `steps.${index}.${field}`) as { message?: string } | undefined)?.message;
    },
    add(kind: StepKind) {
      const row = emptyStep(kind);
      replace([...rows, row], { id: row.id, target: 'input' });
      setAnnouncement(`Step ${rows.length + 1} added: ${STEP_KIND_LABELS[kind]}.`);
    },
    remove(index: number) {
      const next = removeStep(rows, index);
      const neighbour = next[Math.min(index, next.length - 1)];
      replace(next, neighbour ? { id: neighbour.id, target: 'handle' } : { id: '', target: 'handle' });
      setAnnouncement(`Step ${index + 1} removed. ${next.length} step${next.length === 1 ? '' : 's'} left.`);
    },
    duplicate(index: number) {
      const next = duplicateStep(rows, index);
      const copy = next[index + 1];
      replace(next, copy ? { id: copy.id, target: 'input' } : undefined);
      setAnnouncement(`Step ${index + 1} duplicated as step ${index + 2}.`);
    },
    move,
    setKind(index: number, kind: StepKind) {
      const row = rows[index];
      if (!row) return;
      replace(
        rows.map((r, i) => (i === index ? changeKind(row, kind) : r)),
        undefined,
      );
    },
    /** One field of one row, in place: no re-render of the others, focus and cursor stay. */
    setField(index: number, field: StepField, value: string | boolean) {
      const path = `steps.${index}.${field}` as const;
      const showing = Boolean(get(errors, path));
      form.setValue(path as `steps.${number}.run`, value as string, {
        shouldDirty: true,
        shouldValidate: showing || isSubmitted,
      });
    },
    /** Checks a row's fields when the user leaves one (like the other fields' "on touched"). */
    touched(index: number) {
      void form.trigger(`steps.${index}` as `steps.${number}`);
    },
  };
  return { rows, listRef, addButton, announcement, actions };
}

/** What a step's components can do to the list. */
export type StepsEditor = ReturnType<typeof useStepsEditor>['actions'];
