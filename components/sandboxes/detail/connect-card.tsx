'use client';

import { useId, useState, type KeyboardEvent } from 'react';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { CopyButton } from '@/components/ui/copy-button';
import { CONNECT_SNIPPETS, type ConnectSnippetId } from '@/lib/connect-snippets';

type ConnectCardProps = {
  sandboxId: string;
  /** Where $SUPERSERVE_BASE_URL points when unset: this dashboard's /emulator in local mode, else the API. */
  baseUrl: string;
  local: boolean;
};

/** Copyable code that reaches this sandbox from outside the dashboard: the SDKs' Sandbox.connect, or curl. */
export function ConnectCard({ sandboxId, baseUrl, local }: ConnectCardProps) {
  const [tab, setTab] = useState<ConnectSnippetId>('typescript');
  const baseId = useId();
  const current = CONNECT_SNIPPETS.find((snippet) => snippet.id === tab) ?? CONNECT_SNIPPETS[0]!;
  const code = current.build(sandboxId, { defaultBaseUrl: baseUrl });

  // Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern).
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    const index = CONNECT_SNIPPETS.findIndex((snippet) => snippet.id === tab);
    const last = CONNECT_SNIPPETS.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = CONNECT_SNIPPETS[targets[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    setTab(target.id);
    document.getElementById(`${baseId}-tab-${target.id}`)?.focus();
  }

  return (
    <Card aria-labelledby="connect-heading">
      <CardHeader
        id="connect-heading"
        title="Connect"
        description="Reach this sandbox from your code. The API key is read from $SUPERSERVE_API_KEY."
      />
      <CardBody className="flex flex-col gap-3">
        <div className="flex items-center justify-between gap-2">
          <div
            role="tablist"
            aria-label="Language"
            className="bg-surface-muted rounded-control inline-flex p-0.5"
          >
            {CONNECT_SNIPPETS.map((snippet) => (
              <button
                key={snippet.id}
                id={`${baseId}-tab-${snippet.id}`}
                type="button"
                role="tab"
                aria-selected={snippet.id === tab}
                aria-controls={`${baseId}-panel`}
                tabIndex={snippet.id === tab ? 0 : -1}
                onClick={() => setTab(snippet.id)}
                onKeyDown={onTabKey}
                className={cn(
                  'rounded-[calc(var(--radius-control)-2px)] px-2.5 py-1 text-xs font-medium transition-colors',
                  snippet.id === tab ? 'bg-surface text-fg shadow-sm' : 'text-fg-muted hover:text-fg',
                )}
              >
                {snippet.label}
              </button>
            ))}
          </div>
          <CopyButton value={code} label={`Copy ${current.label}`} size="sm" variant="secondary">
            Copy
          </CopyButton>
        </div>
        <div
          id={`${baseId}-panel`}
          role="tabpanel"
          tabIndex={0}
          aria-labelledby={`${baseId}-tab-${tab}`}
          className="bg-canvas border-line rounded-control overflow-auto border"
        >
          <pre data-testid="connect-snippet" className="text-fg p-3 font-mono text-[12px] leading-relaxed">
            <code>{code}</code>
          </pre>
        </div>
        {local ? (
          <p className="text-fg-subtle text-xs">
            Against the embedded API, the SDKs’ connect, pause, resume and update work; their{' '}
            <code className="font-mono">commands</code> go to Superserve’s own data plane, so run commands
            locally with curl or this page’s console.
          </p>
        ) : null}
      </CardBody>
    </Card>
  );
}
