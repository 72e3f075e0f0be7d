import { toNestErrors } from '@hookform/resolvers';
import {
  useForm,
  type FieldError as FormFieldError,
  type FieldErrors,
  type FieldValues,
  type Resolver,
} from 'react-hook-form';
import type { FieldError } from '@/lib/contract';

/** What a form's checks return: every problem, `{ path: 'metadata.3.key', message }`, none when it can be sent. */
export type FormCheck<Values> = (values: Values) => readonly FieldError[];

/**
 * A resolver from plain checks: the first problem of each field is shown there (as zodResolver did). Submit gets
 * the values as typed (editor rows keep their ids); the checks only validate.
 */
function checkResolver<Values extends FieldValues>(check: FormCheck<Values>): Resolver<Values> {
  return (values, _context, options) => {
    const problems = check(values);
    if (problems.length === 0) return { values: { ...values }, errors: {} };
    const flat: Record<string, FormFieldError> = {};
    for (const { path, message } of problems) flat[path] ??= { type: 'custom', message };
    return { values: {}, errors: toNestErrors(flat as FieldErrors, options) };
  };
}

/**
 * react-hook-form as both create forms use it, validated by `check`. Errors show once a field is left, then follow
 * each keystroke; focus stays where the user is (the submit hook moves it).
 */
export function useCheckedForm<Values extends FieldValues>(check: FormCheck<Values>, initialValues: Values) {
  return useForm<Values>({
    resolver: checkResolver(check),
    defaultValues: initialValues as never,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
}
