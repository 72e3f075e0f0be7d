import { SandboxDetailSkeleton } from '@/components/sandboxes/sandbox-detail-skeleton';

export default function SandboxLoading() {
  return <SandboxDetailSkeleton />;
}
