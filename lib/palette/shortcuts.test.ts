import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEW_SANDBOX_CHORD, PALETTE_CHORD, SEARCH_LIST_CHORD, SHORTCUTS_CHORD } from './chords';
import { SHORTCUT_SECTIONS, shortcutsMarkdown } from './shortcuts';

const MODIFIERS = new Set(['Mod', 'Alt', 'Shift']);

describe('the shortcut table', () => {
  it('lists the global keys the listeners use', () => {
    const everywhere = SHORTCUT_SECTIONS.find((section) => section.title === 'Everywhere');
    const chords = everywhere?.shortcuts.flatMap((shortcut) => shortcut.chords) ?? [];
    for (const chord of [PALETTE_CHORD, SHORTCUTS_CHORD, NEW_SANDBOX_CHORD]) expect(chords).toContain(chord);
    const all = SHORTCUT_SECTIONS.flatMap((section) =>
      section.shortcuts.flatMap((shortcut) => shortcut.chords),
    );
    expect(all).toContain(SEARCH_LIST_CHORD);
  });

  it('is well formed: titled sections, described rows, chords ending in one non-modifier key', () => {
    const titles = SHORTCUT_SECTIONS.map((section) => section.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const section of SHORTCUT_SECTIONS) {
      expect(section.shortcuts.length).toBeGreaterThan(0);
      for (const shortcut of section.shortcuts) {
        expect(shortcut.what.trim()).not.toBe('');
        expect(shortcut.chords.length).toBeGreaterThan(0);
        for (const chord of shortcut.chords) {
          expect(chord.length).toBeGreaterThan(0);
          expect(chord.slice(0, -1).every((key) => MODIFIERS.has(key))).toBe(true);
          expect(MODIFIERS.has(chord[chord.length - 1] ?? 'Mod')).toBe(false);
        }
      }
    }
  });

  it('gives no key two meanings in one section', () => {
    for (const section of SHORTCUT_SECTIONS) {
      const keys = section.shortcuts.flatMap((shortcut) => shortcut.chords.map((chord) => chord.join('+')));
      expect(new Set(keys).size, section.title).toBe(keys.length);
    }
  });

  it('writes Markdown with both platforms’ names for ⌘ keys', () => {
    const markdown = shortcutsMarkdown();
    expect(markdown).toContain('<kbd>⌘K / Ctrl+K</kbd>: Open or close the command palette');
    expect(markdown).toContain('<kbd>?</kbd>: Show this list of keyboard shortcuts');
  });

  it('is the README’s list, word for word', () => {
    const readme = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    expect(readme).toContain(shortcutsMarkdown());
  });
});
