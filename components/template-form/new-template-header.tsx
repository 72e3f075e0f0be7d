import Link from 'next/link';
import type { ReactNode } from 'react';
import { PageHeader } from '@/components/layout/page-header';

/** The page's header, shared by the form and its loading state so nothing jumps when the form appears. */
export function NewTemplateHeader({ actions }: { actions?: ReactNode }) {
  return (
    <PageHeader
      eyebrow={
        <Link href="/templates" className="text-fg-muted hover:text-fg text-sm">
          ← Templates
        </Link>
      }
      title={<span id="new-template-title">New template</span>}
      description="A base image plus build steps, built once and snapshotted, so sandboxes made from it start in about a second with everything installed."
      actions={actions}
    />
  );
}
