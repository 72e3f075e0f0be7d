import { TemplateDetail } from '@/components/templates/detail/template-detail';

/** The segment as the API knows it; a malformed escape is passed on as it came (the API answers 404). */
function segment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // An id or a name reaches the API (it accepts either); one that matches nothing is answered 404, shown as such.
  return <TemplateDetail id={segment(id)} />;
}
