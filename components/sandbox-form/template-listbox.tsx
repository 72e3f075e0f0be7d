'use client';

import type { TemplateOption } from '@/lib/sandbox-form/templates';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';

export type TemplateListboxProps = {
  id: string;
  /** The filtered options, curated first (their order gives the keyboard order). */
  options: readonly TemplateOption[];
  activeIndex: number;
  value: string;
  status: 'loading' | 'error' | 'ready';
  expanded: boolean;
  optionId: (option: TemplateOption) => string;
  onPick: (option: TemplateOption) => void;
  onHover: (index: number) => void;
};

const STATUS_TONES: Record<string, 'success' | 'danger' | 'warning'> = { ready: 'success', failed: 'danger' };

function Option(props: {
  option: TemplateOption;
  index: number;
  active: boolean;
  selected: boolean;
  id: string;
  onPick: (option: TemplateOption) => void;
  onHover: (index: number) => void;
}) {
  const { option, index, active, selected, id, onPick, onHover } = props;
  return (
    // Keyboard users pick with Enter in the input (aria-activedescendant); options are never focused.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={selected}
      aria-disabled={!option.selectable || undefined}
      title={
        option.selectable ? undefined : `Only ready templates can be used (this one is ${option.status})`
      }
      className={cn(
        'flex flex-col gap-0.5 rounded-md px-2.5 py-2',
        option.selectable ? 'cursor-pointer' : 'cursor-not-allowed opacity-60',
        active && 'bg-accent-soft',
      )}
      onClick={() => onPick(option)}
      // Keep focus in the input so the combobox stays one tab stop.
      onMouseDown={(event) => event.preventDefault()}
      onMouseEnter={() => onHover(index)}
    >
      <span className="flex items-center gap-2">
        <span
          className={cn('text-fg min-w-0 flex-1 truncate font-mono text-[13px]', selected && 'font-semibold')}
        >
          {option.name}
        </span>
        <Badge tone={STATUS_TONES[option.status] ?? 'warning'}>{option.status}</Badge>
      </span>
      <span className="text-fg-muted text-xs tabular-nums">
        {[option.resources, option.disk].filter(Boolean).join(' · ') || 'Resources not reported'}
      </span>
    </div>
  );
}

/** The combobox's popup: options grouped into Superserve's curated templates and the team's own. */
export function TemplateListbox(props: TemplateListboxProps) {
  const { id, options, activeIndex, value, status, expanded, optionId, onPick, onHover } = props;
  const groups = [
    { key: 'curated', label: 'Superserve templates', items: options.filter((o) => o.curated) },
    { key: 'team', label: 'Your team’s templates', items: options.filter((o) => !o.curated) },
  ].filter((group) => group.items.length > 0);

  return (
    <div
      id={id}
      role="listbox"
      aria-label="Templates"
      className={cn(
        'rounded-card border-line bg-surface shadow-overlay absolute z-30 mt-1 max-h-96 w-full overflow-y-auto border p-1',
        !expanded && 'hidden',
      )}
    >
      {status !== 'ready' || options.length === 0 ? (
        <div
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
        </div>
      ) : (
        groups.map((group) => (
          <div key={group.key} role="group" aria-labelledby={`${id}-${group.key}`}>
            <div
              id={`${id}-${group.key}`}
              role="presentation"
              className="text-fg-subtle px-2.5 pt-2 pb-1 text-xs font-medium"
            >
              {group.label}
            </div>
            {group.items.map((option) => {
              const index = options.indexOf(option);
              return (
                <Option
                  key={option.id}
                  option={option}
                  index={index}
                  active={index === activeIndex}
                  selected={option.name === value}
                  id={optionId(option)}
                  onPick={onPick}
                  onHover={onHover}
                />
              );
            })}
          </div>
        ))
      )}
    </div>
  );
}
