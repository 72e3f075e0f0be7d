'use client';

import { useIsClient } from './use-is-client';
import { useTimeZone, type TimeZoneChoice } from './time-zone';

/** The zone absolute times are shown in: `timeZone` is what Intl takes (undefined: the browser's own). */
export type ShownTimeZone = { choice: TimeZoneChoice; timeZone: string | undefined };

/**
 * The chosen zone once the browser knows it, null while the server renders and during hydration. An absolute
 * time shows a placeholder until then: the server knows neither the viewer's own zone nor their choice (kept in
 * localStorage), so a time it rendered could be wrong, and would break hydration when the browser's differed.
 */
export function useShownTimeZone(): ShownTimeZone | null {
  const client = useIsClient();
  const { choice, timeZone } = useTimeZone();
  return client ? { choice, timeZone } : null;
}
