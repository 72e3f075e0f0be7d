'use client';

import { useTheme } from 'next-themes';
import { ClockIcon, MonitorIcon, MoonIcon, SunIcon } from '@/components/ui/icons';
import {
  Menu,
  MenuContent,
  MenuLabel,
  MenuRadioGroup,
  MenuRadioItem,
  MenuSeparator,
  MenuTrigger,
} from '@/components/ui/menu';
import { isThemeChoice, THEME_CHOICES, THEME_LABELS, type ThemeChoice } from '@/lib/client/theme';
import { parseTimeZoneChoice, useTimeZone } from '@/lib/client/time-zone';
import { useNow } from '@/lib/client/use-now';
import { timeZoneLabel } from '@/lib/format/time';
import { DisplayButton } from './display-button';

const THEME_ICONS: Record<ThemeChoice, typeof SunIcon> = {
  light: SunIcon,
  dark: MoonIcon,
  system: MonitorIcon,
};

/**
 * The theme and time-zone menu behind the header's display button. Loaded by DisplayMenu the first time the
 * button is reached for, and mounted open. Each choice is remembered in this browser (next-themes and
 * lib/client/time-zone.ts keep them in localStorage).
 */
export function DisplayMenuPanel() {
  const { theme, setTheme } = useTheme();
  const zone = useTimeZone();
  // The browser's own zone, named at this moment ("GMT+9", "CET"): a name can change with daylight saving.
  const now = useNow(60_000);
  const localName = now === null ? '' : timeZoneLabel(now);

  return (
    <Menu defaultOpen>
      <MenuTrigger asChild>
        <DisplayButton />
      </MenuTrigger>
      <MenuContent align="end" className="min-w-52">
        <MenuLabel className="text-fg-muted">Theme</MenuLabel>
        <MenuRadioGroup
          value={isThemeChoice(theme) ? theme : 'system'}
          onValueChange={(value) => {
            if (isThemeChoice(value)) setTheme(value);
          }}
        >
          {THEME_CHOICES.map((choice) => {
            const Icon = THEME_ICONS[choice];
            return (
              <MenuRadioItem key={choice} value={choice} icon={<Icon />}>
                {THEME_LABELS[choice]}
              </MenuRadioItem>
            );
          })}
        </MenuRadioGroup>
        <MenuSeparator />
        <MenuLabel className="text-fg-muted">Times</MenuLabel>
        <MenuRadioGroup
          value={zone.choice}
          onValueChange={(value) => zone.setChoice(parseTimeZoneChoice(value))}
        >
          <MenuRadioItem value="local" icon={<ClockIcon />}>
            Local time{localName ? ` (${localName})` : ''}
          </MenuRadioItem>
          <MenuRadioItem value="utc" icon={<ClockIcon />}>
            UTC
          </MenuRadioItem>
        </MenuRadioGroup>
      </MenuContent>
    </Menu>
  );
}
