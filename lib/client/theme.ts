/** The themes a person can pick; 'system' (the default) follows the operating system's light or dark setting. */
export const THEME_CHOICES = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Where next-themes remembers the choice (localStorage), named like the app's other stored preferences. */
export const THEME_STORAGE_KEY = 'sandbox-console:theme';

export const THEME_LABELS: Record<ThemeChoice, string> = { light: 'Light', dark: 'Dark', system: 'System' };

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}
