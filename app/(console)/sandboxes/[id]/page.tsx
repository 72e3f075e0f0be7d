import { notFound } from 'next/navigation';
import { SandboxDetail } from '@/components/sandboxes/detail/sandbox-detail';
import { isSandboxId } from '@/lib/contract/ids';
import { getPublicConfig } from '@/lib/server/config';

export default async function SandboxPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Sandbox ids are UUIDs: anything else can never exist, so answer 404 without asking the API.
  if (!isSandboxId(id)) notFound();
  // Only the mode and the host: safe for the browser (the Connect snippets name where the API is).
  const { mode, apiHost } = getPublicConfig();
  return <SandboxDetail id={id} apiMode={mode} apiHost={apiHost} />;
}
