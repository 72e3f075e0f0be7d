import type { ReactNode } from 'react';
import { Card, CardBody, CardHeader } from '@/components/ui/card';

type FormSectionProps = {
  id: string;
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** "Optional" and similar, next to the title. */
  tag?: string;
  children: ReactNode;
};

/** One card of the create form, labelled by its heading so screen readers can jump between sections. */
export function FormSection({ id, title, description, actions, tag, children }: FormSectionProps) {
  return (
    <Card aria-labelledby={`${id}-title`} id={id}>
      <CardHeader
        id={`${id}-title`}
        title={
          <span className="inline-flex items-center gap-2">
            {title}
            {tag ? <span className="text-fg-subtle text-xs font-normal">{tag}</span> : null}
          </span>
        }
        description={description}
        actions={actions}
      />
      <CardBody>{children}</CardBody>
    </Card>
  );
}
