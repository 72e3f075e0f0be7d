import { notFound } from 'next/navigation';
import { SandboxDetail } from '@/components/sandboxes/detail/sandbox-detail';
import { isUuid } from '@/lib/contract/ids';
import { getPublicConfig } from '@/lib/server/config';

export default async function SandboxPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Sandbox ids are UUIDs: anything else can never exist, so answer 404 without asking the API.
  if (!isUuid(id)) notFound();
  // The public configuration is safe for the browser (never the key); the Connect snippets name its API URL.
  return <SandboxDetail id={id} api={getPublicConfig()} />;
}
