'use client';

/**
 * The request previews, loaded on demand: their snippet builders (JSON, curl, TypeScript, Python) are a large
 * part of the create pages' code and are not needed to fill in the form, so they arrive just after it.
 */
import dynamic from 'next/dynamic';
import { LazyPlaceholder } from '@/components/ui/lazy-placeholder';

const loading = () => <LazyPlaceholder label="Loading the request preview…" className="min-h-40" />;

export const RequestPreview = dynamic(() => import('./request-preview').then((m) => m.RequestPreview), {
  loading,
});

export const TemplateRequestPreview = dynamic(
  () => import('./request-preview').then((m) => m.TemplateRequestPreview),
  { loading },
);
