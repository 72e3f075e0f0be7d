'use client';

/**
 * KeyValueEditor — the ONE editor for string maps, configured for metadata (METADATA_EDITOR) or env vars
 * (ENV_EDITOR). Used by the create form and by the detail page's metadata section.
 *
 * Props:
 * - `form`: the react-hook-form instance (`useForm()` return) that owns the rows. Its resolver should validate
 *   the rows with the contract's `metadataRowsSchema` / `envVarRowsSchema` so errors land on `<name>.<i>.key`.
 * - `name`: path of the field array in the form, holding `{ id, key, value }[]` (lib/sandbox-form KeyValueRow).
 * - `config`: METADATA_EDITOR or ENV_EDITOR (labels, limits, masking).
 * - `label`: accessible name of the group, e.g. "Metadata".
 * - `keySuggestions?`: keys offered while typing a key (a <datalist>), e.g. keys other sandboxes use.
 * - `revealed?` / `onRevealedChange?`: controlled "show values" for masked editors; uncontrolled if omitted.
 * - `disabled?`: read-only while saving.
 *
 * Pasting `.env` text or KEY=VALUE lines into a key input (or the "Paste .env" dialog) adds many rows at once;
 * existing keys are updated in place.
 */
import { useId, useState } from 'react';
import type { ArrayPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { formatBytes } from '@/lib/format/bytes';
import { looksLikeDotenv, parseDotenv } from '@/lib/sandbox-form/dotenv';
import { mergeKeyValues } from '@/lib/sandbox-form/merge-rows';
import { keyValueRow, type KeyValueRow } from '@/lib/sandbox-form/values';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import type { KeyValueEditorConfig } from './key-value-config';
import { KeyValueEditorRow } from './key-value-editor-row';
import { EyeIcon, EyeOffIcon, PlusIcon } from '@/components/ui/icons';
import { ListError } from './list-error';
import { LazyPasteDialog } from './lazy-paste-dialog';
import { useRowList } from './use-row-list';

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

/** What a paste did, for the status line under the editor. */
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
  const {
    fields,
    rows,
    rootMessage,
    addButton,
    revalidate,
    validateAll,
    appendRows,
    removeRow,
    setCell,
    current: currentRows,
  } = useRowList<T, KeyValueRow>(form, name, 'key');
  const [ownRevealed, setOwnRevealed] = useState(false);
  const revealed = props.revealed ?? ownRevealed;
  const setRevealed = props.onRevealedChange ?? setOwnRevealed;
  const [pasteNote, setPasteNote] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const baseId = useId();
  const suggestionsId = keySuggestions && keySuggestions.length > 0 ? `${baseId}-keys` : undefined;

  /** Adds parsed lines; returns an error for the paste dialog when there was nothing to add. */
  function pasteText(text: string, targetIndex?: number): string | undefined {
    const parsed = parseDotenv(text);
    if (parsed.entries.length === 0) {
      return parsed.errors[0]?.message ?? 'Nothing to add: paste lines like KEY=value';
    }
    const current = currentRows();
    const result = mergeKeyValues(current, parsed.entries, targetIndex);
    result.rows.slice(0, current.length).forEach((row, index) => {
      if (row.key !== current[index]?.key) setCell(index, 'key', row.key);
      if (row.value !== current[index]?.value) setCell(index, 'value', row.value);
    });
    const appended = result.rows.slice(current.length);
    if (appended.length > 0) appendRows(appended, false);
    // Pasted rows were never touched, so show their problems now rather than on submit.
    validateAll();
    const skipped = parsed.errors.map((e) => e.message);
    setPasteNote(pasteSummary(result.added, result.updated, skipped, config.noun));
    return undefined;
  }

  function handleKeyPaste(index: number, text: string): boolean {
    if (!looksLikeDotenv(text)) return false;
    pasteText(text, index);
    return true;
  }

  function handleRemove(index: number) {
    removeRow(index);
    setAnnouncement(`Removed ${config.noun.one} ${index + 1}.`);
  }

  const entries = rows.filter((r) => r.key !== '' || r.value !== '').map((r) => [r.key, r.value] as const);
  const total = config.totalBytes(entries);
  const totalTone =
    total > config.totalMaxBytes
      ? 'text-danger-text'
      : total > config.totalMaxBytes * 0.8
        ? 'text-warning-text'
        : '';

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
              <KeyValueEditorRow
                key={field.id}
                control={form.control}
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
      <ListError message={rootMessage} />

      <div className="flex flex-wrap items-center gap-2">
        <Button
          ref={addButton}
          variant="secondary"
          size="sm"
          disabled={disabled || entries.length >= config.maxKeys}
          onClick={() => appendRows([keyValueRow()], true)}
        >
          <PlusIcon />
          Add {config.noun.one}
        </Button>
        <LazyPasteDialog
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
