'use client';

import { RenderErrorPanel } from '@/components/layout/render-error-panel';

export default function TemplateError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <RenderErrorPanel what="this template" backHref="/templates" backLabel="Back to templates" {...props} />
  );
}
