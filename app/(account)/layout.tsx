import type { ReactNode } from 'react';

import { PageMain } from '@/components/layout/page-main';

/** Sign-in and setup: no header, no navigation, nothing that needs a session. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <PageMain>{children}</PageMain>;
}
