'use client';

/**
 * KeyValueEditor — the ONE editor for string maps, configured for metadata (METADATA_EDITOR) or env vars
 * (ENV_EDITOR). Used by the create form and by the detail page's metadata section.
 *
 * Props:
 * - `form`: the react-hook-form instance (`useForm()` return) that owns the rows. Its resolver should validate
 *   the rows with the contract's `metadataRowsSchema` / `envVarRowsSchema` so errors land on `<name>.<i>.key`.
 * - `name`: path of the field array in the form, holding `{ id, key, value }[]` (lib/form KeyValueRow).
 * - `config`: METADATA_EDITOR or ENV_EDITOR (labels, limits, masking).
 * - `label`: accessible name of the group, e.g. "Metadata".
 * - `keySuggestions?`: keys offered while typing a key (a <datalist>), e.g. keys other sandboxes use.
 * - `revealed?` / `onRevealedChange?`: controlled "show values" for masked editors; uncontrolled if omitted.
 * - `disabled?`: read-only while saving.
 *
 * Pasting `.env` text or KEY=VALUE lines into a key input (or the "Paste .env" dialog) adds many rows at once;
 * existing keys are updated in place.
 */
import { useEffect, useId, useRef, useState } from 'react';
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
import { formatBytes } from '@/lib/bytes';
import { looksLikeDotenv, parseDotenv } from '@/lib/dotenv';
import { mergeKeyValues } from '@/lib/form/merge-rows';
import { keyValueRow, type KeyValueRow as Row } from '@/lib/form/values';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { PlusIcon } from '@/components/ui/icons';
import type { KeyValueEditorConfig } from './key-value-config';
import { KeyValueRow } from './key-value-row';
import { EyeIcon, EyeOffIcon } from './form-icons';
import { PasteDialog } from './paste-dialog';

export type KeyValueEditorProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  name: ArrayPath<T>;
  config: KeyValueEditorConfig;
  label: string;
  keySuggestions?: readonly string[];
  revealed?: boolean;
  onRevealedChange?: (revealed: boolean) => void;
  disabled?: boolean;
};

function plural(n: number, noun: { one: string; many: string }) {
  return `${n} ${n === 1 ? noun.one : noun.many}`;
}

/** Message for the live region after rows were pasted in. */
function pasteSummary(added: number, updated: number, skipped: string[], noun: KeyValueEditorConfig['noun']) {
  const parts = [];
  if (added > 0) parts.push(`Added ${plural(added, noun)}`);
  if (updated > 0) parts.push(`updated ${plural(updated, noun)}`);
  if (parts.length === 0) parts.push('Nothing new to add');
  const head = parts.join(', ');
  return skipped.length > 0 ? `${head}. Skipped — ${skipped.join('; ')}` : `${head}.`;
}

export function KeyValueEditor<T extends FieldValues>(props: KeyValueEditorProps<T>) {
  const { form, name, config, label, keySuggestions, disabled } = props;
  const { control } = form;
  const rowsPath = name as unknown as Path<T>;
  const { fields, append, remove } = useFieldArray({ control, name });
  const rows = (useWatch({ control, name: rowsPath }) ?? []) as Row[];
  const { errors } = useFormState({ control, name: rowsPath });
  const arrayError = get(errors, name) as { root?: { message?: string }; message?: string } | undefined;
  const rootMessage = arrayError?.root?.message ?? arrayError?.message;

  const [ownRevealed, setOwnRevealed] = useState(false);
  const revealed = props.revealed ?? ownRevealed;
  const setRevealed = props.onRevealedChange ?? setOwnRevealed;
  const [pasteNote, setPasteNote] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const baseId = useId();
  const suggestionsId = keySuggestions && keySuggestions.length > 0 ? `${baseId}-keys` : undefined;
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<number | null>(null);

  // After a removal, move focus to a neighbouring row (or "Add") instead of dropping it on <body>.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const index = Math.min(pendingFocus.current, fields.length - 1);
    pendingFocus.current = null;
    if (index < 0) addButton.current?.focus();
    else form.setFocus(`${name}.${index}.key` as Path<T>);
  }, [fields.length, form, name]);

  /** Re-checks the whole list (duplicates and totals involve other rows than the one edited). */
  function revalidate(kind: 'change' | 'blur') {
    if (kind === 'blur' || arrayError) void form.trigger(rowsPath);
  }

  function addEntries(entries: ReadonlyArray<{ key: string; value: string }>, targetIndex?: number) {
    const current = form.getValues(rowsPath) as Row[];
    const result = mergeKeyValues(current, entries, targetIndex);
    result.rows.slice(0, current.length).forEach((row, index) => {
      const before = current[index] as Row;
      if (row.key !== before.key)
        form.setValue(`${name}.${index}.key` as Path<T>, row.key as PathValue<T, Path<T>>);
      if (row.value !== before.value) {
        form.setValue(`${name}.${index}.value` as Path<T>, row.value as PathValue<T, Path<T>>);
      }
    });
    const appended = result.rows.slice(current.length);
    if (appended.length > 0) append(appended as FieldArray<T, ArrayPath<T>>[], { shouldFocus: false });
    // Pasted rows were never touched, so show their problems now rather than on submit.
    void form.trigger(rowsPath);
    return result;
  }

  function pasteText(text: string, targetIndex?: number): string | undefined {
    const parsed = parseDotenv(text);
    if (parsed.entries.length === 0) {
      return parsed.errors[0]?.message ?? 'Nothing to add: paste lines like KEY=value';
    }
    const result = addEntries(parsed.entries, targetIndex);
    setPasteNote(
      pasteSummary(
        result.added,
        result.updated,
        parsed.errors.map((e) => e.message),
        config.noun,
      ),
    );
    return undefined;
  }

  function handleKeyPaste(index: number, text: string): boolean {
    if (!looksLikeDotenv(text)) return false;
    pasteText(text, index);
    return true;
  }

  function handleRemove(index: number) {
    pendingFocus.current = index;
    remove(index);
    setAnnouncement(`Removed ${config.noun.one} ${index + 1}.`);
    if (arrayError) void form.trigger(rowsPath);
  }

  const entries = rows.filter((r) => r.key !== '' || r.value !== '').map((r) => [r.key, r.value] as const);
  const total = config.totalBytes(entries);
  const totalTone =
    total > config.totalMaxBytes
      ? 'text-danger-text'
      : total > config.totalMaxBytes * 0.8
        ? 'text-warning-text'
        : '';
  const full = entries.length >= config.maxKeys;

  return (
    <div role="group" aria-label={label} data-editor={config.kind} className="flex flex-col gap-3">
      {fields.length > 0 ? (
        <>
          <div
            aria-hidden="true"
            className="text-fg-subtle grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_2rem] gap-2 text-xs font-medium"
          >
            <span>{config.keyLabel}</span>
            <span>{config.valueLabel}</span>
            <span />
          </div>
          <ul className="flex flex-col gap-2">
            {fields.map((field, index) => (
              <KeyValueRow
                key={field.id}
                control={control}
                name={name}
                index={index}
                config={config}
                revealed={revealed}
                disabled={disabled}
                suggestionsId={suggestionsId}
                onRemove={handleRemove}
                onKeyPaste={handleKeyPaste}
                onEdited={revalidate}
              />
            ))}
          </ul>
        </>
      ) : (
        <p className="border-line text-fg-muted rounded-control border border-dashed px-4 py-3 text-sm">
          {config.emptyText}
        </p>
      )}

      {suggestionsId ? (
        <datalist id={suggestionsId}>
          {keySuggestions?.map((key) => (
            <option key={key} value={key} />
          ))}
        </datalist>
      ) : null}

      <p aria-live="polite" className={cn('text-danger-text text-xs font-medium', !rootMessage && 'sr-only')}>
        {rootMessage}
      </p>

      <div className="flex flex-wrap items-center gap-2">
        <Button
          ref={addButton}
          variant="secondary"
          size="sm"
          disabled={disabled || full}
          onClick={() =>
            append(keyValueRow() as FieldArray<T, ArrayPath<T>>, {
              focusName: `${name}.${fields.length}.key`,
            })
          }
        >
          <PlusIcon />
          Add {config.noun.one}
        </Button>
        <PasteDialog
          title={config.masked ? 'Paste .env' : 'Paste KEY=value lines'}
          description={`One ${config.noun.one} per line, as in a .env file. Comments, export and quotes are handled; existing keys are updated.`}
          placeholder={
            config.masked ? '# .env\nexport OPENAI_API_KEY="sk-…"\nDEBUG=1' : 'env=prod\nowner=agent-7'
          }
          onSubmit={(text) => pasteText(text)}
          disabled={disabled}
        />
        {config.masked && fields.length > 0 ? (
          <Button variant="ghost" size="sm" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
            {revealed ? <EyeOffIcon /> : <EyeIcon />}
            {revealed ? 'Hide values' : 'Show values'}
          </Button>
        ) : null}
        <span className={cn('text-fg-subtle ml-auto text-xs tabular-nums', totalTone)}>
          {entries.length} of {config.maxKeys} {config.noun.many}
          {entries.length > 0 ? ` · ${formatBytes(total)} of ${formatBytes(config.totalMaxBytes)}` : null}
        </span>
      </div>
      <p role="status" className={cn('text-fg-muted text-xs', !pasteNote && 'sr-only')}>
        {pasteNote}
      </p>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
