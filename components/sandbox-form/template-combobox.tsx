'use client';

/**
 * TemplateCombobox — an ARIA 1.2 combobox (editable input + listbox popup) for choosing a template.
 * Keyboard: ↓/↑ move (↓ opens), Enter picks, Escape closes, Tab leaves keeping the typed text. Options that
 * are not `ready` are shown but cannot be picked (aria-disabled). Free text is kept as is, so a UUID or a
 * name the list doesn't show can still be used: the API looks it up.
 */
import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { filterTemplateOptions, type TemplateOption } from '@/lib/sandbox-form/templates';
import { cn } from '@/components/ui/cn';
import { CONTROL_CLASSES } from '@/components/ui/control-styles';
import { useFieldControl } from '@/components/ui/field';
import { ChevronDownIcon } from '@/components/ui/icons';
import { TemplateListbox } from './template-listbox';

export type TemplateComboboxProps = {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  options: readonly TemplateOption[];
  /** Shown as the listbox's only row while the list loads or when it failed. */
  status?: 'loading' | 'error' | 'ready';
  inputRef?: Ref<HTMLInputElement>;
  name?: string;
  disabled?: boolean;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

export function TemplateCombobox(props: TemplateComboboxProps) {
  const { value, onChange, onBlur, options, status = 'ready', inputRef, name, disabled } = props;
  const wired = useFieldControl({
    id: props.id,
    'aria-describedby': props['aria-describedby'],
    'aria-invalid': props['aria-invalid'],
  });
  const listId = useId();
  const [open, setOpen] = useState(false);
  // Filter by what the user typed since opening; opening with a chosen value shows every option.
  const [query, setQuery] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(-1);

  const visible = useMemo(() => filterTemplateOptions(options, query ?? ''), [options, query]);
  const active = open ? visible[activeIndex] : undefined;
  const optionId = (option: TemplateOption) => `${listId}-${option.id}`;

  function show(startAt?: number) {
    setOpen(true);
    const current = startAt ?? visible.findIndex((o) => o.name === value);
    setActiveIndex(current);
  }

  function close() {
    setOpen(false);
    setQuery(null);
    setActiveIndex(-1);
  }

  function pick(option: TemplateOption) {
    if (!option.selectable) return;
    onChange(option.name);
    close();
  }

  function move(delta: number) {
    if (!open)
      return show(
        delta > 0
          ? Math.max(
              0,
              visible.findIndex((o) => o.name === value),
            )
          : visible.length - 1,
      );
    if (visible.length === 0) return;
    const next = (activeIndex + delta + visible.length) % visible.length;
    setActiveIndex(next);
    const target = visible[next];
    if (target) document.getElementById(optionId(target))?.scrollIntoView({ block: 'nearest' });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Enter' && open) {
      // Enter picks the active option; with none active it closes the list rather than submitting the form.
      event.preventDefault();
      if (active) pick(active);
      else close();
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  }

  const expanded = open && !disabled;
  return (
    <div className="relative">
      <input
        ref={inputRef}
        {...wired}
        name={name}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active) : undefined}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        disabled={disabled}
        value={value}
        placeholder="superserve/base"
        className={cn(CONTROL_CLASSES, 'h-9 pr-9 pl-3 font-mono text-[13px]')}
        onChange={(event) => {
          onChange(event.target.value);
          setQuery(event.target.value);
          setOpen(true);
          setActiveIndex(-1);
        }}
        onKeyDown={handleKeyDown}
        onClick={() => (open ? close() : show())}
        onBlur={() => {
          close();
          onBlur?.();
        }}
      />
      <ChevronDownIcon
        className={cn(
          'text-fg-subtle pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 transition-transform',
          expanded && 'rotate-180',
        )}
      />
      <TemplateListbox
        id={listId}
        options={visible}
        activeIndex={activeIndex}
        value={value}
        status={status}
        expanded={expanded}
        optionId={optionId}
        onPick={pick}
        onHover={setActiveIndex}
      />
    </div>
  );
}
