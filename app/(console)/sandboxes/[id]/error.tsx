'use client';

import { RenderErrorPanel } from '@/components/layout/render-error-panel';

export default function SandboxError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return <RenderErrorPanel what="this sandbox" {...props} />;
}
