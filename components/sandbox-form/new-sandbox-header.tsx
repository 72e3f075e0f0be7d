import Link from 'next/link';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/layout/page-header';

/** The page's header, shared by the form and its loading state so nothing jumps when the form appears. */
export function NewSandboxHeader({ actions }: { actions?: ReactNode }) {
  return (
    <PageHeader
      eyebrow={
        <Link href="/sandboxes" className="text-fg-muted hover:text-fg text-sm">
          ← Sandboxes
        </Link>
      }
      title={<span id="new-sandbox-title">New sandbox</span>}
      description="A Firecracker microVM, ready for commands in about a second. Everything below can be set now; metadata and network can be changed later."
      actions={actions}
    />
  );
}
