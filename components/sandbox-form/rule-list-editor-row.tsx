'use client';

import type { ClipboardEvent } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { parseRule } from '@/lib/contract/network-rules';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { RuleListEditorConfig } from './rule-list-config';
import { TrashIcon } from '@/components/ui/icons';

const KIND_LABELS = { domain: 'Domain', wildcard: 'Subdomains', ip: 'IP', cidr: 'CIDR' } as const;

export type RuleListEditorRowProps<T extends FieldValues> = {
  control: Control<T>;
  name: string;
  index: number;
  config: RuleListEditorConfig;
  disabled?: boolean;
  onRemove: (index: number) => void;
  /** Returns true when it took the pasted text as several rules. */
  onPaste: (index: number, text: string) => boolean;
  onEdited: (kind: 'change' | 'blur') => void;
};

/** One row of the RuleListEditor: the rule's input, the kind it parses as, its remove button. */
export function RuleListEditorRow<T extends FieldValues>(props: RuleListEditorRowProps<T>) {
  const { control, name, index, config, disabled, onRemove, onPaste, onEdited } = props;
  const {
    field: { ref, name: fieldName, value: rawValue, onChange, onBlur },
    fieldState,
  } = useController({ control, name: `${name}.${index}.value` as Path<T> });
  const value = String(rawValue ?? '');
  const error = fieldState.error?.message;
  const parsed = value !== '' && !error ? parseRule(value) : null;

  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    if (onPaste(index, event.clipboardData.getData('text'))) event.preventDefault();
  }

  return (
    <li className="grid grid-cols-[minmax(0,1fr)_5.5rem_2rem] items-start gap-2" data-row={index}>
      <Field label={`${config.inputLabel} ${index + 1}`} hideLabel error={error}>
        <Input
          ref={ref}
          name={fieldName}
          value={value}
          disabled={disabled}
          placeholder={config.placeholder}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          className="font-mono text-[13px]"
          onPaste={handlePaste}
          onChange={(event) => {
            onChange(event.target.value);
            onEdited('change');
          }}
          onBlur={() => {
            // Surrounding spaces are never meant (a copy-paste artefact); the API would reject them.
            const trimmed = value.trim();
            if (trimmed !== value) onChange(trimmed);
            onBlur();
            onEdited('blur');
          }}
        />
      </Field>
      <div className="flex h-9 items-center">
        {parsed ? <Badge tone="neutral">{KIND_LABELS[parsed.kind]}</Badge> : null}
      </div>
      <Button
        variant="ghost"
        size="icon"
        className="mt-0.5"
        disabled={disabled}
        onClick={() => onRemove(index)}
        aria-label={`Remove ${config.noun.one} ${value || `row ${index + 1}`}`}
        title={`Remove ${config.noun.one}`}
      >
        <TrashIcon />
      </Button>
    </li>
  );
}
