import type { Metadata } from 'next';
import { Suspense } from 'react';

import { AdminsOnly } from '@/components/audit/admins-only';
import { AuditTableSkeleton } from '@/components/audit/audit-table';
import { AuditView } from '@/components/audit/audit-view';
import { getAuthSettings } from '@/lib/auth';
import { actorMay } from '@/lib/auth/require';

export const metadata: Metadata = { title: 'Audit log' };

/** /audit: the audit log, for admins; every other role gets a clear refusal (the routes refuse them too). */
export default async function AuditPage() {
  const { allowed } = await actorMay('audit.read');
  if (!allowed) return <AdminsOnly />;
  return (
    <Suspense fallback={<AuditTableSkeleton />}>
      <AuditView retentionDays={getAuthSettings().auditRetentionDays} />
    </Suspense>
  );
}
