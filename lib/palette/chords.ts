/**
 * Key chords: how the dashboard's shortcuts are written (`['Mod', 'K']`), shown on keycaps ("⌘K" / "Ctrl+K"),
 * announced (aria-keyshortcuts) and matched against key presses. Small and table-free, for the listeners every
 * page loads; the table of every shortcut is ./shortcuts.ts.
 */

/** A key as KeyboardEvent.key names it, or `Mod`: ⌘ on Apple platforms, Ctrl elsewhere. */
export type Key = string;
/** Keys pressed together, modifiers first: ['Mod', 'K']. */
export type Chord = readonly Key[];

export const PALETTE_CHORD: Chord = ['Mod', 'K'];
export const SHORTCUTS_CHORD: Chord = ['?'];
export const NEW_SANDBOX_CHORD: Chord = ['c'];
export const SEARCH_LIST_CHORD: Chord = ['/'];

export type Platform = 'apple' | 'other';

const KEY_LABELS: Record<string, { apple: string; other: string }> = {
  Mod: { apple: '⌘', other: 'Ctrl' },
  Alt: { apple: '⌥', other: 'Alt' },
  Shift: { apple: '⇧', other: 'Shift' },
  ArrowUp: { apple: '↑', other: '↑' },
  ArrowDown: { apple: '↓', other: '↓' },
  ArrowLeft: { apple: '←', other: '←' },
  ArrowRight: { apple: '→', other: '→' },
  Escape: { apple: 'Esc', other: 'Esc' },
  PageUp: { apple: 'Page Up', other: 'Page Up' },
  PageDown: { apple: 'Page Down', other: 'Page Down' },
};

/** How a key reads on a keycap: "⌘", "Ctrl", "↑", "K" (single letters upper-cased, as keyboards print them). */
export function keyLabel(key: Key, platform: Platform): string {
  const label = KEY_LABELS[key];
  if (label) return label[platform];
  return key.length === 1 ? key.toUpperCase() : key;
}

/** Each key of a chord as its keycap reads. */
export function chordLabels(chord: Chord, platform: Platform): string[] {
  return chord.map((key) => keyLabel(key, platform));
}

/** "⌘K" on Apple platforms (its convention: no separator), "Ctrl+K" elsewhere. */
export function formatChord(chord: Chord, platform: Platform): string {
  return chordLabels(chord, platform).join(platform === 'apple' ? '' : '+');
}

/** The chord as aria-keyshortcuts spells it: "Meta+K" / "Control+K". */
export function ariaChord(chord: Chord, platform: Platform): string {
  return chord
    .map((key) => {
      if (key === 'Mod') return platform === 'apple' ? 'Meta' : 'Control';
      return key.length === 1 ? key.toUpperCase() : key;
    })
    .join('+');
}

/** The parts of a KeyboardEvent a chord is matched against. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey'>;

/**
 * Whether a key press is the chord. `Mod` is ⌘ on Apple platforms and Ctrl elsewhere, never both (Ctrl+K on a
 * Mac is a text-editing key). Letters match in either case; a chord without Shift still matches a character
 * that needs Shift to type (`?`), since the key itself says so.
 */
export function matchesChord(press: KeyPress, chord: Chord, platform: Platform): boolean {
  const wants = new Set(chord.slice(0, -1));
  const key = chord[chord.length - 1] ?? '';
  const mod = platform === 'apple' ? press.metaKey : press.ctrlKey;
  const otherMod = platform === 'apple' ? press.ctrlKey : press.metaKey;
  if (mod !== wants.has('Mod') || otherMod || press.altKey !== wants.has('Alt')) return false;
  if (wants.has('Shift') && !press.shiftKey) return false;
  // Shift is part of a printed character (`?`), so it only refuses a match for letters and named keys.
  if (!wants.has('Shift') && press.shiftKey && (key.length > 1 || /\p{L}/u.test(key))) return false;
  return press.key.toLowerCase() === key.toLowerCase();
}
