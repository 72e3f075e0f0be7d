/** The palette's own keys, as a quiet line under the results (the full list is in the `?` dialog). */
export function PaletteFooter() {
  const hints: Array<[string, string]> = [
    ['↑ ↓', 'to move'],
    ['Enter', 'to open'],
    ['Esc', 'to close'],
  ];
  return (
    <div className="border-line text-fg-muted flex flex-wrap items-center gap-x-4 gap-y-1 border-t px-3 py-2 text-xs">
      {hints.map(([keys, what]) => (
        <span key={what} className="flex items-center gap-1.5">
          <kbd className="border-line bg-surface-muted rounded border px-1.5 py-px font-sans text-[11px]">
            {keys}
          </kbd>
          {what}
        </span>
      ))}
    </div>
  );
}
