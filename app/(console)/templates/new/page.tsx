import type { Metadata } from 'next';
import { PagePanel } from '@/components/layout/page-panel';
import { CreateTemplatePage } from '@/components/template-form/template-form-page';
import { LockIcon } from '@/components/ui/icons';
import { forbiddenMessage } from '@/lib/access/permissions';
import { actorMay } from '@/lib/auth/require';
import { getPublicConfig } from '@/lib/server/config';

export const metadata: Metadata = { title: 'New template' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One value of a query parameter; repeated or empty values count as absent. */
function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export default async function NewTemplatePage({ searchParams }: { searchParams: SearchParams }) {
  // Decided on the server: a role that can't create gets the reason, not a form whose submit would be refused.
  const { actor, allowed } = await actorMay('template.create');
  if (!allowed) {
    return (
      <PagePanel
        icon={<LockIcon />}
        eyebrow="Read-only access"
        title="You can’t create templates"
        description={forbiddenMessage(actor.role, 'template.create')}
      />
    );
  }
  const params = await searchParams;
  // The public configuration is safe for the browser (never the key); the snippets name its API URL.
  return <CreateTemplatePage from={single(params.from)} api={getPublicConfig()} />;
}
