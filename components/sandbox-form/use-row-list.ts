'use client';

/**
 * What both row editors (key/value and rules) share: the field array, the live rows, the list-level error,
 * re-validation of the whole list, and keeping focus on a neighbouring row after a removal.
 */
import { useEffect, useRef } from 'react';
import {
  get,
  useFieldArray,
  useFormState,
  useWatch,
  type ArrayPath,
  type FieldArray,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormReturn,
} from 'react-hook-form';

export function useRowList<T extends FieldValues, Row extends { id: string }>(
  form: UseFormReturn<T>,
  name: ArrayPath<T>,
  /** The input to focus in a row after a removal: `key` or `value`. */
  focusPart: string,
) {
  const { control } = form;
  const rowsPath = name as unknown as Path<T>;
  const { fields, append, remove } = useFieldArray({ control, name });
  const rows = (useWatch({ control, name: rowsPath }) ?? []) as Row[];
  const { errors } = useFormState({ control, name: rowsPath });
  const arrayError = get(errors, name) as { root?: { message?: string }; message?: string } | undefined;
  const rootMessage = arrayError?.root?.message ?? arrayError?.message;
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<number | null>(null);

  // After a removal, move focus to a neighbouring row (or "Add") instead of dropping it on <body>.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const index = Math.min(pendingFocus.current, fields.length - 1);
    pendingFocus.current = null;
    if (index < 0) addButton.current?.focus();
    else form.setFocus(`${name}.${index}.${focusPart}` as Path<T>);
  }, [fields.length, form, name, focusPart]);

  return {
    fields,
    rows,
    rootMessage,
    addButton,
    /** Re-checks the whole list: duplicates and totals involve other rows than the one edited. */
    revalidate(kind: 'change' | 'blur') {
      if (kind === 'blur' || arrayError) void form.trigger(rowsPath);
    },
    validateAll() {
      void form.trigger(rowsPath);
    },
    appendRows(newRows: Row[], focusNew: boolean) {
      const focusName = `${name}.${fields.length}.${focusPart}`;
      append(newRows as FieldArray<T, ArrayPath<T>>[], focusNew ? { focusName } : { shouldFocus: false });
    },
    removeRow(index: number) {
      pendingFocus.current = index;
      remove(index);
      if (arrayError) void form.trigger(rowsPath);
    },
    /** Updates one cell in place (no remount, so focus and cursor stay where they are). */
    setCell(index: number, part: string, value: string) {
      form.setValue(`${name}.${index}.${part}` as Path<T>, value as PathValue<T, Path<T>>);
    },
    current(): Row[] {
      return form.getValues(rowsPath) as Row[];
    },
  };
}
