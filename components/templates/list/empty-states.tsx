import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { BoxIcon, PlusIcon } from '@/components/ui/icons';

const WHAT_A_TEMPLATE_IS =
  'A template is the image sandboxes start from: a base image, build steps and resources, built once.';

function NewTemplateLink() {
  return (
    <Link href="/templates/new" className={buttonClasses()}>
      <PlusIcon />
      Create your first template
    </Link>
  );
}

/**
 * The team has no template of its own yet (the system ones may be listed above): the way forward is creating
 * one. A role that can't create is told who can instead.
 */
export function NoOwnTemplatesYet({ canCreate, compact = false }: { canCreate: boolean; compact?: boolean }) {
  return (
    <EmptyState
      icon={<BoxIcon />}
      title="No templates of your own yet"
      description={
        canCreate
          ? `${WHAT_A_TEMPLATE_IS} Create your first template from a Dockerfile or step by step.`
          : `${WHAT_A_TEMPLATE_IS} Your team's templates appear here once an operator creates one.`
      }
      action={canCreate ? <NewTemplateLink /> : undefined}
      as="h2"
      className={compact ? 'border-line border-t py-8' : undefined}
    />
  );
}

/** Nothing at all, not even the system templates (a backend without them): the same way forward. */
export function NoTemplatesYet({ canCreate }: { canCreate: boolean }) {
  return (
    <EmptyState
      icon={<BoxIcon />}
      title="No templates yet"
      description={
        canCreate
          ? `${WHAT_A_TEMPLATE_IS} Create your first template to launch sandboxes from it.`
          : `${WHAT_A_TEMPLATE_IS} They appear here once an operator creates one.`
      }
      action={canCreate ? <NewTemplateLink /> : undefined}
    />
  );
}
