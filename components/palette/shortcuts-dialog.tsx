'use client';

import { Fragment } from 'react';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { chordLabels, type Platform } from '@/lib/palette/chords';
import { SHORTCUT_SECTIONS } from '@/lib/palette/shortcuts';

export type ShortcutsDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  platform: Platform;
};

function Keys({ chord, platform }: { chord: readonly string[]; platform: Platform }) {
  return (
    <span className="inline-flex items-center gap-1">
      {chordLabels(chord, platform).map((label, index) => (
        <kbd
          key={index}
          className="border-line bg-surface-muted text-fg rounded border px-1.5 py-px font-sans text-xs"
        >
          {label}
        </kbd>
      ))}
    </span>
  );
}

/** Every keyboard shortcut, from the one table (lib/palette/shortcuts), with this platform's key names. */
export function ShortcutsDialog({ open, onOpenChange, platform }: ShortcutsDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title="Keyboard shortcuts"
        description="Single keys work when you are not typing in a field."
        size="lg"
      >
        <div className="flex flex-col gap-5">
          {SHORTCUT_SECTIONS.map((section) => (
            <section key={section.title}>
              <h3 className="text-fg text-sm font-semibold">{section.title}</h3>
              {section.where ? <p className="text-fg-muted mt-0.5 text-xs">{section.where}</p> : null}
              <dl className="divide-line mt-2 divide-y text-sm">
                {section.shortcuts.map((shortcut) => (
                  <div key={shortcut.what} className="flex items-center justify-between gap-4 py-1.5">
                    <dt className="text-fg-muted">{shortcut.what}</dt>
                    <dd className="flex shrink-0 flex-wrap items-center justify-end gap-1.5">
                      {shortcut.chords.map((chord, index) => (
                        <Fragment key={chord.join('+')}>
                          {index > 0 ? <span className="text-fg-subtle text-xs">or</span> : null}
                          <Keys chord={chord} platform={platform} />
                        </Fragment>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </DialogContent>
    </Dialog>
  );
}
