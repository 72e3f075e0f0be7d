'use client';

/**
 * RuleListEditor — the ONE editor for egress rule lists, configured for `allow_out` (ALLOW_OUT_EDITOR:
 * domains, `*.` wildcards, IPv4, CIDRs) or `deny_out` (DENY_OUT_EDITOR: CIDRs only, with a one-click
 * "Block everything else"). Used by the create form and by the detail page's network section.
 *
 * Props:
 * - `form`: the react-hook-form instance owning the rows; its resolver should use the contract's
 *   `allowOutRowsSchema` / `denyOutRowsSchema` so each error (with its reason) lands on `<name>.<i>.value`.
 * - `name`: path of the field array holding `{ id, value }[]` (lib/sandbox-form RuleRow).
 * - `config`: ALLOW_OUT_EDITOR or DENY_OUT_EDITOR.
 * - `label`: accessible name of the group, e.g. "Allowed destinations".
 * - `disabled?`: e.g. while the sandbox is paused (the API answers 409 to network changes then).
 *
 * Pasting several rules (one per line, or separated by commas/spaces) into a row adds them all.
 */
import { useState } from 'react';
import type { ArrayPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { isRuleList, mergeRules, splitRules } from '@/lib/sandbox-form/merge-rows';
import { ruleRow, type RuleRow } from '@/lib/sandbox-form/values';
import { Button } from '@/components/ui/button';
import { CheckIcon, PlusIcon } from '@/components/ui/icons';
import { ListError } from './list-error';
import type { RuleListEditorConfig } from './rule-list-config';
import { RuleListEditorRow } from './rule-list-editor-row';
import { useRowList } from './use-row-list';

export type RuleListEditorProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  name: ArrayPath<T>;
  config: RuleListEditorConfig;
  label: string;
  disabled?: boolean;
};

export function RuleListEditor<T extends FieldValues>(props: RuleListEditorProps<T>) {
  const { form, name, config, label, disabled } = props;
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
  } = useRowList<T, RuleRow>(form, name, 'value');
  const [announcement, setAnnouncement] = useState('');

  function addRules(rules: readonly string[], targetIndex?: number) {
    const current = currentRows();
    const result = mergeRules(current, rules, targetIndex);
    result.rows.slice(0, current.length).forEach((row, index) => {
      if (row.value !== current[index]?.value) setCell(index, 'value', row.value);
    });
    const appended = result.rows.slice(current.length);
    if (appended.length > 0) appendRows(appended, false);
    validateAll();
    return result.added;
  }

  function handlePaste(index: number, text: string): boolean {
    if (!isRuleList(text)) return false;
    const added = addRules(splitRules(text), index);
    setAnnouncement(`Added ${added} ${added === 1 ? config.noun.one : config.noun.many}.`);
    return true;
  }

  function handleRemove(index: number) {
    removeRow(index);
    setAnnouncement(`Removed ${config.noun.one} ${index + 1}.`);
  }

  return (
    <div role="group" aria-label={label} data-editor={config.kind} className="flex flex-col gap-3">
      {fields.length > 0 ? (
        <ul className="flex flex-col gap-2">
          {fields.map((field, index) => (
            <RuleListEditorRow
              key={field.id}
              control={form.control}
              name={name}
              index={index}
              config={config}
              disabled={disabled}
              onRemove={handleRemove}
              onPaste={handlePaste}
              onEdited={revalidate}
            />
          ))}
        </ul>
      ) : (
        <p className="border-line text-fg-muted rounded-control border border-dashed px-4 py-3 text-sm">
          {config.emptyText}
        </p>
      )}
      <ListError message={rootMessage} />
      <div className="flex flex-wrap items-center gap-2">
        <Button
          ref={addButton}
          variant="secondary"
          size="sm"
          disabled={disabled}
          onClick={() => appendRows([ruleRow()], true)}
        >
          <PlusIcon />
          Add {config.noun.one}
        </Button>
        {config.quickRules?.map((quick) =>
          rows.some((row) => row.value.trim() === quick.rule) ? (
            <span key={quick.rule} className="text-success-text inline-flex items-center gap-1.5 text-sm">
              <CheckIcon className="size-4" />
              {quick.presentLabel}
            </span>
          ) : (
            <Button
              key={quick.rule}
              variant="ghost"
              size="sm"
              disabled={disabled}
              onClick={() => {
                addRules([quick.rule]);
                setAnnouncement(`Added ${quick.rule}.`);
              }}
            >
              <PlusIcon />
              {quick.label}
              <code className="text-fg-subtle font-mono text-xs">{quick.rule}</code>
            </Button>
          ),
        )}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
