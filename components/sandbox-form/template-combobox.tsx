'use client';

/**
 * TemplateCombobox — an ARIA 1.2 combobox (editable input + listbox popup) for choosing a template.
 * Keyboard: ↓/↑ move (↓ opens), Enter picks, Escape closes, Tab leaves keeping the typed text. Options that
 * are not `ready` are shown but cannot be picked (aria-disabled). Free text is kept as is, so a UUID or a
 * name the list doesn't show can still be used: the API looks it up.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { filterTemplateOptions, type TemplateOption } from '@/lib/form/templates';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { CONTROL_CLASSES } from '@/components/ui/control-styles';
import { useFieldControl } from '@/components/ui/field';
import { ChevronDownIcon } from './form-icons';

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

function OptionRow({
  option,
  active,
  selected,
}: {
  option: TemplateOption;
  active: boolean;
  selected: boolean;
}) {
  return (
    <div
      className={cn(
        'flex items-center gap-3 rounded-md px-2.5 py-2',
        active && 'bg-accent-soft',
        !option.selectable && 'opacity-60',
      )}
    >
      <span className={cn('min-w-0 flex-1 truncate font-mono text-[13px]', selected && 'font-semibold')}>
        {option.name}
      </span>
      <span className="text-fg-subtle hidden text-xs whitespace-nowrap tabular-nums sm:inline">
        {[option.resources, option.disk].filter(Boolean).join(' · ')}
      </span>
      <Badge tone={option.status === 'ready' ? 'success' : option.status === 'failed' ? 'danger' : 'warning'}>
        {option.status}
      </Badge>
    </div>
  );
}

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
  const listRef = useRef<HTMLUListElement>(null);

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
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="Templates"
        className={cn(
          'rounded-card border-line bg-surface shadow-overlay absolute z-30 mt-1 max-h-80 w-full overflow-y-auto border p-1',
          !expanded && 'hidden',
        )}
      >
        {status !== 'ready' || visible.length === 0 ? (
          <li
            role="option"
            aria-disabled="true"
            aria-selected="false"
            className="text-fg-muted px-2.5 py-2 text-sm"
          >
            {status === 'loading'
              ? 'Loading templates…'
              : status === 'error'
                ? 'Templates could not be loaded. Type a template name or id.'
                : 'No template matches. The name or id you typed will be looked up by the API.'}
          </li>
        ) : (
          visible.map((option, index) => (
            // Keyboard users pick with Enter in the input (aria-activedescendant); options are never focused.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={option.id}
              id={optionId(option)}
              role="option"
              aria-selected={option.name === value}
              aria-disabled={!option.selectable || undefined}
              title={
                option.selectable
                  ? undefined
                  : `Only ready templates can be used (this one is ${option.status})`
              }
              className={cn(option.selectable ? 'cursor-pointer' : 'cursor-not-allowed')}
              onClick={() => pick(option)}
              // Keep focus in the input so the combobox stays one tab stop.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActiveIndex(index)}
            >
              <OptionRow option={option} active={index === activeIndex} selected={option.name === value} />
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
