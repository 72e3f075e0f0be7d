'use client';

import { cn } from '@/components/ui/cn';
import { useHealth } from '@/lib/client/health';
import type { PublicConfig } from '@/lib/server/config';

type Health = { label: string; dot: string; detail: string };

function describeHealth(query: ReturnType<typeof useHealth>): Health {
  if (query.isPending) return { label: 'Checking…', dot: 'bg-fg-subtle', detail: 'Checking the API' };
  if (query.isError) {
    return {
      label: 'Unreachable',
      dot: 'bg-danger',
      detail: `The API is unreachable: ${query.error.message}`,
    };
  }
  const { status, version } = query.data;
  if (status !== 'ok')
    return { label: 'Degraded', dot: 'bg-warning-text', detail: `The API reports "${status}"` };
  return {
    label: 'Healthy',
    dot: 'bg-success',
    detail: `The API is healthy${version ? ` (v${version})` : ''}`,
  };
}

/**
 * Which API the dashboard talks to, and whether it answers. In local mode that's the embedded API inside this
 * server; in remote mode, the host of SUPERSERVE_API_URL. The browser gets the public configuration, never the key.
 */
export function ApiStatus({ mode, apiHost }: Pick<PublicConfig, 'mode' | 'apiHost'>) {
  const health = describeHealth(useHealth());
  const title =
    mode === 'local'
      ? 'Embedded Superserve API, running inside this dashboard (no API key set)'
      : `Superserve API at ${apiHost}`;

  return (
    <div
      title={`${title}. ${health.detail}.`}
      className="border-line bg-surface text-fg-muted flex items-center gap-2 rounded-full border py-1 pr-3 pl-2.5 text-xs font-medium"
    >
      <span
        className={cn(
          'max-w-40 truncate rounded-full px-1.5 py-px',
          mode === 'local' ? 'bg-accent-soft text-accent-text' : 'bg-surface-muted text-fg',
        )}
      >
        {mode === 'local' ? (
          <>
            Embedded<span className="hidden sm:inline"> API</span>
          </>
        ) : (
          apiHost
        )}
      </span>
      <span role="status" className="flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className={cn('size-2 rounded-full', health.dot, health.label === 'Checking…' && 'animate-pulse')}
        />
        <span className="sr-only">API status:</span>
        {/* The green dot says it; words only when something is off (the header has little room). */}
        <span className={cn(health.label === 'Healthy' && 'sr-only')}>{health.label}</span>
      </span>
    </div>
  );
}
