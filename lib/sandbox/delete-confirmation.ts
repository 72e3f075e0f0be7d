/**
 * What a delete asks the user to type before it goes: one sandbox is confirmed by its name (what people
 * recognise), many by how many go (a number read off the screen, not a reflex click). Pure; the dialog is
 * components/sandboxes/delete-sandbox-dialog.tsx.
 */

/** A delete of many is confirmed by typing how many go: the exact number, surrounding spaces forgiven. */
export function deleteConfirmationMatches(typed: string, count: number): boolean {
  return count > 0 && typed.trim() === String(count);
}

/** One sandbox needs its name exactly as shown; several need their count. Deleting nothing is never confirmed. */
export function deleteConfirmed(typed: string, names: readonly string[]): boolean {
  if (names.length === 1) return typed === names[0];
  return deleteConfirmationMatches(typed, names.length);
}
