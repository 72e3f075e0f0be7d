'use client';

import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { CopyButton } from '@/components/ui/copy-button';
import { ChevronLeftIcon } from '@/components/ui/icons';
import { RelativeTime } from '@/components/ui/relative-time';
import type { SandboxResponse } from '@/lib/contract';
import { ActionError } from '../action-error';
import { LifecycleButtons, useLifecycleActions } from './lifecycle-actions';
import { StatusBadge, statusLook } from '../status-badge';

/**
 * The sandbox's name and state, its copyable id, and what can be done with it. An action's error appears right
 * under the buttons, on its own row, so the header keeps its layout.
 */
export function SandboxHeader({ sandbox }: { sandbox: SandboxResponse }) {
  const actions = useLifecycleActions(sandbox.status);
  return (
    <>
      <PageHeader
        eyebrow={
          <Link
            href="/sandboxes"
            className="rounded-control text-fg-muted hover:text-fg inline-flex items-center gap-1 text-sm font-medium"
          >
            <ChevronLeftIcon />
            Sandboxes
          </Link>
        }
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span className="break-all">{sandbox.name}</span>
            <StatusBadge status={sandbox.status} className="text-[13px]" />
          </span>
        }
        description={
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="flex items-center gap-1">
              <code className="text-fg-muted font-mono text-xs">{sandbox.id}</code>
              <CopyButton value={sandbox.id} label="Copy sandbox id" />
            </span>
            <span aria-hidden="true" className="text-fg-subtle hidden sm:inline">
              ·
            </span>
            {/* On its own line on a phone, where "Created 45 min ago" would not fit beside the id: the time
                renders after hydration ("…" before), and a line that wraps only then shifts the page. */}
            <span className="basis-full sm:basis-auto">
              Created <RelativeTime value={sandbox.created_at} />
            </span>
            <span aria-hidden="true" className="text-fg-subtle hidden sm:inline">
              ·
            </span>
            <span className="text-fg-subtle">{statusLook(sandbox.status).hint}</span>
          </span>
        }
        actions={<LifecycleButtons sandbox={sandbox} actions={actions} />}
      />
      {/* Always rendered: the alert region exists before its message, so the message is announced. */}
      <div className="flex justify-end">
        <ActionError error={actions.error} className="-mt-3 mb-5 max-w-lg" />
      </div>
    </>
  );
}
