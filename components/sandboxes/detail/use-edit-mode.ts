'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * View ⇄ edit for a detail section. Leaving edit mode returns focus to the Edit button, so keyboard users
 * don't land on <body>; a successful save is timestamped for the "Saved" note.
 */
export function useEditMode() {
  const [editing, setEditing] = useState(false);
  const [savedAt, setSavedAt] = useState<number>();
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  return {
    editing,
    savedAt,
    editButton,
    start: () => setEditing(true),
    done: (saved: boolean) => {
      returnFocus.current = true;
      if (saved) setSavedAt(Date.now());
      setEditing(false);
    },
  };
}
