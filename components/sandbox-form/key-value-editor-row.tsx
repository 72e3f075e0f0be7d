'use client';

import type { ClipboardEvent } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { utf8Bytes } from '@/lib/contract/bytes';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { KeyValueEditorConfig } from './key-value-config';
import { TrashIcon } from '@/components/ui/icons';

export type KeyValueEditorRowProps<T extends FieldValues> = {
  control: Control<T>;
  /** The field array's name, e.g. `metadata`. */
  name: string;
  index: number;
  config: KeyValueEditorConfig;
  revealed: boolean;
  disabled?: boolean;
  suggestionsId?: string;
  onRemove: (index: number) => void;
  /** Paste into a key input: returns true when it took the text (many rows), false for a normal paste. */
  onKeyPaste: (index: number, text: string) => boolean;
  /** After a key or value changes or is left, so sibling rows (duplicates, totals) are re-checked. */
  onEdited: (kind: 'change' | 'blur') => void;
};

/** Shows "n / limit bytes" once a value passes half its limit: nearly nobody needs it before that. */
function ValueCounter({ bytes, limit }: { bytes: number; limit: number }) {
  if (bytes <= limit / 2) return null;
  const tone = bytes > limit ? 'text-danger-text' : bytes > limit * 0.9 ? 'text-warning-text' : '';
  return (
    <span className={cn('tabular-nums', tone)}>
      {bytes.toLocaleString('en-US')} / {limit.toLocaleString('en-US')} bytes
    </span>
  );
}

/** One row of the KeyValueEditor: key and value inputs of one map entry, its size counter, its remove button. */
export function KeyValueEditorRow<T extends FieldValues>(props: KeyValueEditorRowProps<T>) {
  const { control, name, index, config, revealed, disabled, suggestionsId, onRemove, onKeyPaste, onEdited } =
    props;
  const {
    field: { ref: keyRef, name: keyName, value: rawKey, onChange: onKeyChange, onBlur: onKeyBlur },
    fieldState: keyState,
  } = useController({ control, name: `${name}.${index}.key` as Path<T> });
  const {
    field: { ref: valueRef, name: valueName, value: rawValue, onChange: onValueChange, onBlur: onValueBlur },
    fieldState: valueState,
  } = useController({ control, name: `${name}.${index}.value` as Path<T> });
  const key = String(rawKey ?? '');
  const value = String(rawValue ?? '');
  const bytes = utf8Bytes(value);
  const masked = config.masked && !revealed;
  const multiline = value.includes('\n');
  const rowLabel = key === '' ? `row ${index + 1}` : key;

  function handleKeyPaste(event: ClipboardEvent<HTMLInputElement>) {
    if (onKeyPaste(index, event.clipboardData.getData('text'))) event.preventDefault();
  }

  const valueProps = {
    name: valueName,
    value,
    disabled,
    placeholder: config.valuePlaceholder,
    autoComplete: 'off',
    spellCheck: false,
    onChange: (event: { target: { value: string } }) => {
      onValueChange(event.target.value);
      onEdited('change');
    },
    onBlur: () => {
      onValueBlur();
      onEdited('blur');
    },
  };

  return (
    <li className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_2rem] items-start gap-2" data-row={index}>
      <Field label={`${config.keyLabel} ${index + 1}`} hideLabel error={keyState.error?.message}>
        <Input
          ref={keyRef}
          name={keyName}
          value={key}
          disabled={disabled}
          placeholder={config.keyPlaceholder}
          list={suggestionsId}
          autoComplete="off"
          spellCheck={false}
          className={cn(config.monoKeys && 'font-mono text-[13px]')}
          onPaste={handleKeyPaste}
          onChange={(event) => {
            onKeyChange(event.target.value);
            onEdited('change');
          }}
          onBlur={() => {
            onKeyBlur();
            onEdited('blur');
          }}
        />
      </Field>
      <Field
        label={`${config.valueLabel} ${index + 1}`}
        hideLabel
        error={valueState.error?.message}
        hint={
          bytes > config.valueMaxBytes / 2 ? (
            <ValueCounter bytes={bytes} limit={config.valueMaxBytes} />
          ) : undefined
        }
      >
        {multiline ? (
          <Textarea
            ref={valueRef}
            rows={3}
            {...valueProps}
            // A textarea cannot be type=password; this draws dots in Chromium and Safari, and the reveal toggle shows it.
            style={masked ? ({ WebkitTextSecurity: 'disc' } as React.CSSProperties) : undefined}
            className="font-mono text-[13px]"
          />
        ) : (
          <Input
            ref={valueRef}
            type={masked ? 'password' : 'text'}
            {...valueProps}
            className={cn(config.masked && 'font-mono text-[13px]')}
          />
        )}
      </Field>
      <Button
        variant="ghost"
        size="icon"
        className="mt-0.5"
        disabled={disabled}
        onClick={() => onRemove(index)}
        aria-label={`Remove ${config.noun.one} ${rowLabel}`}
        title={`Remove ${config.noun.one}`}
      >
        <TrashIcon />
      </Button>
    </li>
  );
}
