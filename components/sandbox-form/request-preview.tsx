'use client';

/**
 * The live request preview: the exact JSON body the form will POST, and the same request as curl, TypeScript
 * SDK and Python SDK code. Env-var values stay placeholders unless the user reveals them.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import type { CreateSandboxRequest } from '@/lib/contract';
import {
  curlSnippet,
  jsonSnippet,
  pythonSnippet,
  typescriptSnippet,
  type SnippetOptions,
} from '@/lib/snippets';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { CopyButton } from '@/components/ui/copy-button';
import { EyeIcon, EyeOffIcon } from '@/components/ui/icons';

const TABS = [
  { id: 'json', label: 'JSON', build: jsonSnippet },
  { id: 'curl', label: 'curl', build: curlSnippet },
  { id: 'typescript', label: 'TypeScript', build: typescriptSnippet },
  { id: 'python', label: 'Python', build: pythonSnippet },
] as const;

type TabId = (typeof TABS)[number]['id'];

export type RequestPreviewProps = {
  body: CreateSandboxRequest;
  revealEnv: boolean;
  onRevealEnvChange: (reveal: boolean) => void;
  idempotencyKey?: string;
  /** Where $SUPERSERVE_BASE_URL points when unset, e.g. this dashboard's /emulator in local mode. */
  defaultBaseUrl?: string;
};

export function RequestPreview({
  body,
  revealEnv,
  onRevealEnvChange,
  idempotencyKey,
  defaultBaseUrl,
}: RequestPreviewProps) {
  const [tab, setTab] = useState<TabId>('json');
  const baseId = useId();
  const options: SnippetOptions = { revealEnv, idempotencyKey, defaultBaseUrl };
  const current = TABS.find((t) => t.id === tab) ?? TABS[0];
  const code = current.build(body, options);
  const hasEnv = body.env_vars !== undefined;

  function handleTabKeys(event: KeyboardEvent<HTMLButtonElement>) {
    const index = TABS.findIndex((t) => t.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target =
      step !== 0
        ? TABS[(index + step + TABS.length) % TABS.length]
        : event.key === 'Home'
          ? TABS[0]
          : event.key === 'End'
            ? TABS[TABS.length - 1]
            : undefined;
    if (!target) return;
    event.preventDefault();
    setTab(target.id);
    document.getElementById(`${baseId}-tab-${target.id}`)?.focus();
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <div
          role="tablist"
          aria-label="Request format"
          className="bg-surface-muted rounded-control inline-flex p-0.5"
        >
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`${baseId}-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={t.id === tab}
              aria-controls={`${baseId}-panel`}
              tabIndex={t.id === tab ? 0 : -1}
              onClick={() => setTab(t.id)}
              onKeyDown={handleTabKeys}
              className={cn(
                'rounded-[calc(var(--radius-control)-2px)] px-2.5 py-1 text-xs font-medium transition-colors',
                t.id === tab ? 'bg-surface text-fg shadow-sm' : 'text-fg-muted hover:text-fg',
              )}
            >
              {t.label}
            </button>
          ))}
        </div>
        <CopyButton value={code} label={`Copy ${current.label}`} size="sm" variant="secondary">
          Copy
        </CopyButton>
      </div>
      {/* The panel scrolls, so it takes focus (keyboard users can scroll it); tabs → Tab → panel, as in the APG. */}
      <div
        id={`${baseId}-panel`}
        role="tabpanel"
        tabIndex={0}
        aria-labelledby={`${baseId}-tab-${tab}`}
        className="bg-canvas border-line rounded-control max-h-[28rem] overflow-auto border"
      >
        <pre data-testid="request-preview" className="text-fg p-3 font-mono text-[12px] leading-relaxed">
          <code>{code}</code>
        </pre>
      </div>
      {hasEnv ? (
        <div className="flex items-center justify-between gap-2 text-xs">
          <span className="text-fg-muted">
            {revealEnv ? 'Env var values are shown.' : 'Env var values are hidden.'}
          </span>
          <Button
            variant="ghost"
            size="sm"
            aria-pressed={revealEnv}
            onClick={() => onRevealEnvChange(!revealEnv)}
          >
            {revealEnv ? <EyeOffIcon /> : <EyeIcon />}
            {revealEnv ? 'Hide values' : 'Reveal values'}
          </Button>
        </div>
      ) : null}
      <p className="text-fg-subtle text-xs">
        The API key is read from <code className="font-mono">$SUPERSERVE_API_KEY</code>; it never appears
        here.
      </p>
    </div>
  );
}
