import type { Metadata } from 'next';
import { TemplateNotFound } from '@/components/templates/detail/template-not-found';

export const metadata: Metadata = { title: 'Template not found' };

export default function TemplateNotFoundPage() {
  return <TemplateNotFound />;
}
