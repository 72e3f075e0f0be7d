import { PagePanel } from '@/components/layout/page-panel';
import { ShieldIcon } from '@/components/ui/icons';

/** What /audit shows to a role below admin: a clear refusal, not an empty log. */
export function AdminsOnly() {
  return (
    <PagePanel
      icon={<ShieldIcon />}
      eyebrow="Admins only"
      title="The audit log is for admins"
      description="It records who did what in this dashboard. Ask an admin if you need to know what happened to a sandbox; its own page shows its activity."
    />
  );
}
