'use client';

import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

type ConfirmNameFieldProps = {
  /** "Type the sandbox’s name to confirm". */
  label: string;
  /** The name to type, shown under the box. */
  name: string;
  value: string;
  onChange: (value: string) => void;
};

/**
 * The box a delete dialog asks the name in, before its button works: the name as shown, typed exactly (no
 * autocorrect, no password manager), in the monospace the name is shown in. Sandboxes' and templates' dialogs.
 */
export function ConfirmNameField({ label, name, value, onChange }: ConfirmNameFieldProps) {
  return (
    <Field label={label} hint={<code className="font-mono break-all">{name}</code>}>
      <Input
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        data-1p-ignore
        className="font-mono text-[13px]"
      />
    </Field>
  );
}
