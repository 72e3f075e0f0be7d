/**
 * Every keyboard shortcut of the dashboard, in one table: the `?` dialog renders it, the README's list is written
 * from it (`shortcutsMarkdown`, kept in step by a test), and the listeners of the global ones (⌘K, ?, c, /) match
 * key presses through `matchesChord` on the same chords. A new key handler gets a row here.
 */

import {
  NEW_SANDBOX_CHORD,
  PALETTE_CHORD,
  SEARCH_LIST_CHORD,
  SHORTCUTS_CHORD,
  formatChord,
  type Chord,
} from './chords';

export type Shortcut = {
  /** Alternatives: any of these chords does it. */
  chords: readonly Chord[];
  /** What it does, as a sentence fragment: "Open the command palette". */
  what: string;
};

export type ShortcutSection = {
  title: string;
  /** Where the keys work. */ where?: string;
  shortcuts: Shortcut[];
};

export const SHORTCUT_SECTIONS: readonly ShortcutSection[] = [
  {
    title: 'Everywhere',
    where: 'on every dashboard page',
    shortcuts: [
      { chords: [PALETTE_CHORD], what: 'Open or close the command palette' },
      { chords: [SHORTCUTS_CHORD], what: 'Show this list of keyboard shortcuts' },
      { chords: [NEW_SANDBOX_CHORD], what: 'New sandbox (operators and admins)' },
      { chords: [['Escape']], what: 'Close a dialog, menu or the command palette' },
    ],
  },
  {
    title: 'Sandbox and template lists',
    shortcuts: [{ chords: [SEARCH_LIST_CHORD], what: 'Search the list by name' }],
  },
  {
    title: 'Command palette',
    shortcuts: [
      { chords: [['ArrowDown'], ['ArrowUp']], what: 'Move to the next or previous result' },
      {
        chords: [
          ['Alt', 'ArrowDown'],
          ['Alt', 'ArrowUp'],
        ],
        what: 'Jump to the next or previous group',
      },
      { chords: [['Home'], ['End']], what: 'Jump to the first or last result' },
      { chords: [['Enter']], what: 'Open or run the selected result' },
      { chords: [['Escape']], what: 'Close it; focus goes back where it was' },
    ],
  },
  {
    title: 'Sandbox console',
    where: 'in the command field of a sandbox’s console',
    shortcuts: [
      { chords: [['ArrowUp'], ['ArrowDown']], what: 'Walk back and forth through the command history' },
      { chords: [['Enter']], what: 'Run the command' },
    ],
  },
  {
    title: 'Template build log',
    where: 'with the log focused',
    shortcuts: [
      { chords: [['ArrowUp'], ['PageUp'], ['Home']], what: 'Stop following new lines to read back' },
      { chords: [['End']], what: 'Back to the end; new lines are followed again' },
    ],
  },
  {
    title: 'Forms',
    shortcuts: [
      { chords: [['Mod', 'Enter']], what: 'Add the rows in a paste dialog (metadata, env vars, rules)' },
      {
        chords: [
          ['Alt', 'ArrowUp'],
          ['Alt', 'ArrowDown'],
        ],
        what: 'Move a build step (on its drag handle)',
      },
      { chords: [['ArrowLeft'], ['ArrowRight']], what: 'Switch between code snippet tabs' },
    ],
  },
];

/** The list as Markdown for the README: each section's keys, with both platforms' names where they differ. */
export function shortcutsMarkdown(sections: readonly ShortcutSection[] = SHORTCUT_SECTIONS): string {
  const both = (chord: Chord) =>
    chord.includes('Mod') || chord.includes('Alt')
      ? `${formatChord(chord, 'apple')} / ${formatChord(chord, 'other')}`
      : formatChord(chord, 'other');
  return sections
    .map((section) => {
      const lines = section.shortcuts.map(
        (shortcut) =>
          `- ${shortcut.chords.map((chord) => `<kbd>${both(chord)}</kbd>`).join(' or ')}: ${shortcut.what}`,
      );
      const where = section.where ? ` (${section.where})` : '';
      return `**${section.title}**${where}\n\n${lines.join('\n')}`;
    })
    .join('\n\n');
}
