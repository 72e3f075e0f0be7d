import { PagePanel } from '@/components/layout/page-panel';
import { LockIcon } from '@/components/ui/icons';

/** What a signed-in person who isn't an admin sees at an admin's page. */
export function AdminsOnly({ what }: { what: string }) {
  return (
    <PagePanel
      icon={<LockIcon />}
      eyebrow="Admins only"
      title={`Only admins can ${what}`}
      description="Your role doesn’t include it. Ask an admin of this dashboard if you need a change."
    />
  );
}
