import type { Metadata } from 'next';
import { getPublicConfig } from '@/lib/server/config';
import { CreateSandboxPage } from '@/components/sandbox-form/sandbox-form-page';

export const metadata: Metadata = { title: 'New sandbox' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One value of a query parameter; repeated or empty values count as absent. */
function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export default async function NewSandboxPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  // The public configuration is safe for the browser (never the key); the snippets name its API URL.
  return (
    <CreateSandboxPage
      from={single(params.from)}
      template={single(params.template)}
      api={getPublicConfig()}
    />
  );
}
