'use client';

import Link from 'next/link';
import { templateHref } from '@/components/templates/actions/template-links';
import { TemplateStatusBadge } from '@/components/templates/template-status-badge';
import { Card, CardHeader } from '@/components/ui/card';
import { useTemplates } from '@/lib/client/templates';
import { templatesNeedingAttention } from '@/lib/overview/templates';
import type { TemplateResponse } from '@/lib/contract';
import { QuerySection, SectionLink } from './section-states';

const SHOWN = 6;

/** Templates whose build failed or is under way (the list polls on its own while one builds). */
export function TemplatesCard({ refetchInterval }: { refetchInterval: number | false }) {
  const query = useTemplates({}, { refetchInterval });
  return (
    <Card aria-labelledby="templates-heading">
      <CardHeader
        id="templates-heading"
        title="Templates"
        description="Builds that failed or are under way."
        actions={<SectionLink href="/templates">All templates</SectionLink>}
      />
      <QuerySection
        query={query}
        loadingLabel="Loading the templates"
        errorTitle="Couldn't load the templates"
      >
        {(templates) => <TemplateList templates={templates} />}
      </QuerySection>
    </Card>
  );
}

function TemplateList({ templates }: { templates: TemplateResponse[] }) {
  const attention = templatesNeedingAttention(templates);
  if (attention.length === 0) {
    return (
      <p className="text-fg-muted px-5 py-4 text-sm">
        {templates.length === 0 ? 'No templates yet.' : 'Every template is built and ready.'}
      </p>
    );
  }
  return (
    <ul aria-label="Templates failed or building" className="divide-line divide-y">
      {attention.slice(0, SHOWN).map((template) => (
        <li key={template.id} className="flex items-center gap-3 px-5 py-2.5 text-sm">
          <Link
            href={templateHref(template)}
            className="text-accent-text min-w-0 flex-1 truncate font-medium hover:underline"
          >
            {template.name}
          </Link>
          <TemplateStatusBadge status={template.status} />
        </li>
      ))}
      {attention.length > SHOWN ? (
        <li className="text-fg-muted px-5 py-2.5 text-xs">and {attention.length - SHOWN} more</li>
      ) : null}
    </ul>
  );
}
