'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { PageHeader } from '@/components/layout/page-header';
import { TemplateActionButtons } from '@/components/templates/actions/template-action-buttons';
import { cloneTemplateHref } from '@/components/templates/actions/template-links';
import { TemplateStatusBadge, templateStatusLook } from '@/components/templates/template-status-badge';
import { useCan } from '@/components/account/actor-context';
import { buttonClasses } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { ChevronLeftIcon, CopyIcon } from '@/components/ui/icons';
import type { TemplateResponse } from '@/lib/contract';
import { isSystemTemplate } from '@/lib/templates/actions';

/**
 * The template's name and status, its copyable id, and what can be done with it now: the shared action buttons
 * (each only where the state and the role allow it), plus "Clone" for anyone who may create templates.
 */
export function TemplateHeader({ template }: { template: TemplateResponse }) {
  const router = useRouter();
  const canCreate = useCan('template.create');
  // Cloning needs the recipe: a template the API sent no build_spec for has nothing to copy.
  const clonable = canCreate && Boolean(template.build_spec);
  return (
    <PageHeader
      eyebrow={
        <Link
          href="/templates"
          className="rounded-control text-fg-muted hover:text-fg inline-flex items-center gap-1 text-sm font-medium"
        >
          <ChevronLeftIcon />
          Templates
        </Link>
      }
      title={
        <span className="flex flex-wrap items-center gap-3">
          <span className="break-all">{template.name}</span>
          <TemplateStatusBadge status={template.status} className="text-[13px]" />
        </span>
      }
      description={
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="flex items-center gap-1">
            <code className="text-fg-muted font-mono text-xs">{template.id}</code>
            <CopyButton value={template.id} label="Copy template id" />
          </span>
          <span aria-hidden="true" className="text-fg-subtle hidden sm:inline">
            ·
          </span>
          <span className="text-fg-subtle">
            {isSystemTemplate(template) ? 'Curated by Superserve · ' : ''}
            {templateStatusLook(template.status).hint}
          </span>
        </span>
      }
      actions={
        <div className="flex flex-wrap items-start gap-2">
          {clonable ? (
            <Link href={cloneTemplateHref(template)} className={buttonClasses({ variant: 'secondary' })}>
              <CopyIcon />
              Clone
            </Link>
          ) : null}
          <TemplateActionButtons template={template} onDeleted={() => router.push('/templates')} />
        </div>
      }
    />
  );
}
