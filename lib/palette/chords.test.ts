import { describe, expect, it } from 'vitest';
import { PALETTE_CHORD, SHORTCUTS_CHORD, ariaChord, formatChord, keyLabel, matchesChord } from './chords';

const press = (
  key: string,
  mods: Partial<Record<'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  metaKey: false,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('chords', () => {
  it('reads ⌘K on Apple platforms and Ctrl+K elsewhere', () => {
    expect(formatChord(PALETTE_CHORD, 'apple')).toBe('⌘K');
    expect(formatChord(PALETTE_CHORD, 'other')).toBe('Ctrl+K');
    expect(formatChord(['Alt', 'ArrowUp'], 'other')).toBe('Alt+↑');
    expect(keyLabel('Escape', 'apple')).toBe('Esc');
    expect(keyLabel('c', 'other')).toBe('C');
  });

  it('spells aria-keyshortcuts', () => {
    expect(ariaChord(PALETTE_CHORD, 'apple')).toBe('Meta+K');
    expect(ariaChord(PALETTE_CHORD, 'other')).toBe('Control+K');
    expect(ariaChord(['?'], 'other')).toBe('?');
  });

  it('matches Mod to ⌘ on Apple platforms and to Ctrl elsewhere, never both', () => {
    expect(matchesChord(press('k', { metaKey: true }), PALETTE_CHORD, 'apple')).toBe(true);
    expect(matchesChord(press('K', { metaKey: true }), PALETTE_CHORD, 'apple')).toBe(true);
    expect(matchesChord(press('k', { ctrlKey: true }), PALETTE_CHORD, 'apple')).toBe(false);
    expect(matchesChord(press('k', { ctrlKey: true }), PALETTE_CHORD, 'other')).toBe(true);
    expect(matchesChord(press('k', { metaKey: true }), PALETTE_CHORD, 'other')).toBe(false);
    expect(matchesChord(press('k', { ctrlKey: true, metaKey: true }), PALETTE_CHORD, 'other')).toBe(false);
    expect(matchesChord(press('k'), PALETTE_CHORD, 'other')).toBe(false);
    expect(matchesChord(press('k', { ctrlKey: true, altKey: true }), PALETTE_CHORD, 'other')).toBe(false);
    expect(matchesChord(press('k', { ctrlKey: true, shiftKey: true }), PALETTE_CHORD, 'other')).toBe(false);
  });

  it('matches a character that needs Shift (?), but not a Shift+letter for a bare letter', () => {
    expect(matchesChord(press('?', { shiftKey: true }), SHORTCUTS_CHORD, 'other')).toBe(true);
    expect(matchesChord(press('/'), SHORTCUTS_CHORD, 'other')).toBe(false);
    expect(matchesChord(press('c'), ['c'], 'other')).toBe(true);
    expect(matchesChord(press('C', { shiftKey: true }), ['c'], 'other')).toBe(false);
    expect(matchesChord(press('c', { ctrlKey: true }), ['c'], 'other')).toBe(false);
    expect(matchesChord(press('ArrowUp', { altKey: true }), ['Alt', 'ArrowUp'], 'other')).toBe(true);
  });
});
