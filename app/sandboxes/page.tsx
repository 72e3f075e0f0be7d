import type { Metadata } from 'next';
import { SandboxesView } from '@/components/sandboxes/sandboxes-view';

export const metadata: Metadata = { title: 'Sandboxes' };

export default function SandboxesPage() {
  return <SandboxesView />;
}
