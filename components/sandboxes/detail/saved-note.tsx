'use client';

import { useEffect, useState } from 'react';
import { CheckIcon } from '@/components/ui/icons';

const VISIBLE_MS = 4000;

/**
 * "Saved", next to a section's Edit button for a few seconds after a save (announced politely). Render it with
 * `key={savedAt}` so each save shows it afresh.
 */
export function SavedNote({ savedAt }: { savedAt: number | undefined }) {
  const [visible, setVisible] = useState(savedAt !== undefined);
  useEffect(() => {
    if (savedAt === undefined) return;
    const timer = setTimeout(() => setVisible(false), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [savedAt]);
  return (
    <span role="status" className="text-success-text inline-flex items-center gap-1 text-sm">
      {visible ? (
        <>
          <CheckIcon className="size-4" />
          Saved
        </>
      ) : null}
    </span>
  );
}
