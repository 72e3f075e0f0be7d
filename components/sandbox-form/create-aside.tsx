import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { Card, CardBody } from '@/components/ui/card';

export type CreateAsideProps = {
  /** "Create sandbox", and what the button says while the request is out. */
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** Where Cancel goes: the list the form was opened from. */
  cancelHref: string;
  /** A line under the button, e.g. what happens after creating. */
  note?: ReactNode;
  /** The live request preview. */
  children: ReactNode;
};

/** A create form's right column: the Create button and Cancel, then the live request the button sends. */
export function CreateAside({
  submitLabel,
  pendingLabel,
  pending,
  cancelHref,
  note,
  children,
}: CreateAsideProps) {
  return (
    <aside aria-label="Create and preview" className="flex flex-col gap-4 lg:sticky lg:top-6">
      <Card>
        <CardBody className="flex flex-col gap-3">
          <Button type="submit" loading={pending} className="w-full">
            {pending ? pendingLabel : submitLabel}
          </Button>
          {note ? <p className="text-fg-muted text-xs">{note}</p> : null}
          <Link href={cancelHref} className={buttonClasses({ variant: 'ghost', className: 'w-full' })}>
            Cancel
          </Link>
        </CardBody>
      </Card>
      <Card aria-labelledby="preview-title">
        <CardBody className="flex flex-col gap-3">
          <div>
            <h2 id="preview-title" className="text-fg text-sm font-semibold">
              Request
            </h2>
            <p className="text-fg-muted mt-0.5 text-xs">Exactly what Create sends, updated as you type.</p>
          </div>
          {children}
        </CardBody>
      </Card>
    </aside>
  );
}
