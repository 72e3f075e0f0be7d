import { zodResolver } from '@hookform/resolvers/zod';
import { type FieldValues, type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';

/**
 * react-hook-form as both create forms use it. `raw`: submit gets the values as typed (editor rows keep their ids)
 * and the schema only validates; the cast says so, since the schema's own output type drops the row ids. Errors show
 * once a field is left, then follow each keystroke; focus stays where the user is (the submit hook moves it).
 */
export function useRawZodForm<Values extends FieldValues>(schema: z.ZodType, initialValues: Values) {
  return useForm<Values>({
    resolver: zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<Values>,
    defaultValues: initialValues as never,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
}
