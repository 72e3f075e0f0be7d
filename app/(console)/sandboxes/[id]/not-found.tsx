import type { Metadata } from 'next';
import { SandboxNotFound } from '@/components/sandboxes/sandbox-not-found';

export const metadata: Metadata = { title: 'Sandbox not found' };

export default function SandboxNotFoundPage() {
  return <SandboxNotFound />;
}
