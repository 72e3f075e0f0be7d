import { notFound } from 'next/navigation';
import { SandboxDetail } from '@/components/sandboxes/sandbox-detail';
import { isSandboxId } from '@/lib/format/ids';

export default async function SandboxPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Sandbox ids are UUIDs: anything else can never exist, so answer 404 without asking the API.
  if (!isSandboxId(id)) notFound();
  return <SandboxDetail id={id} />;
}
