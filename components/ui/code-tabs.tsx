'use client';

/**
 * Tabs of copyable code (the WAI-ARIA tabs pattern): one tab list, one scrollable panel, a Copy button for the
 * visible tab. Used by the create form's request preview and the detail page's Connect card.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { cn } from './cn';
import { CopyButton } from './copy-button';

export type CodeTab = { id: string; label: string; code: string };

type CodeTabsProps = {
  tabs: readonly CodeTab[];
  /** The tab list's accessible name, e.g. "Language". */
  label: string;
  /** data-testid of the <pre>, for tests. */
  testId?: string;
  panelClassName?: string;
};

const KEY_MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function CodeTabs({ tabs, label, testId, panelClassName }: CodeTabsProps) {
  const [selected, setSelected] = useState(tabs[0]?.id);
  const baseId = useId();
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  if (!current) return null;

  // Arrow keys, Home and End move between tabs and take focus with them.
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const move = KEY_MOVES[event.key];
    if (!move) return;
    const target = tabs[move(tabs.indexOf(current!), tabs.length)];
    if (!target) return;
    event.preventDefault();
    setSelected(target.id);
    document.getElementById(`${baseId}-tab-${target.id}`)?.focus();
  }

  return (
    <>
      <div className="flex items-center justify-between gap-2">
        <div role="tablist" aria-label={label} className="bg-surface-muted rounded-control inline-flex p-0.5">
          {tabs.map((tab) => (
            <button
              key={tab.id}
              id={`${baseId}-tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={tab.id === current.id}
              aria-controls={`${baseId}-panel`}
              tabIndex={tab.id === current.id ? 0 : -1}
              onClick={() => setSelected(tab.id)}
              onKeyDown={onTabKey}
              className={cn(
                'rounded-[calc(var(--radius-control)-2px)] px-2.5 py-1 text-xs font-medium transition-colors',
                tab.id === current.id ? 'bg-surface-raised text-fg shadow-sm' : 'text-fg-muted hover:text-fg',
              )}
            >
              {tab.label}
            </button>
          ))}
        </div>
        <CopyButton value={current.code} label={`Copy ${current.label}`} size="sm" variant="secondary">
          Copy
        </CopyButton>
      </div>
      {/* The panel scrolls, so it takes focus (keyboard users can scroll it): tabs → Tab → panel, as in the APG. */}
      <div
        id={`${baseId}-panel`}
        role="tabpanel"
        tabIndex={0}
        aria-labelledby={`${baseId}-tab-${current.id}`}
        className={cn('bg-canvas border-line rounded-control overflow-auto border', panelClassName)}
      >
        <pre data-testid={testId} className="text-fg p-3 font-mono text-[12px] leading-relaxed">
          <code>{current.code}</code>
        </pre>
      </div>
    </>
  );
}
