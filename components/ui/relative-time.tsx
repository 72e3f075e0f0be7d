'use client';

import { useNow } from '@/lib/client/use-now';
import { formatDateTime, formatRelativeTime } from '@/lib/format/time';

type RelativeTimeProps = { value: string; className?: string };

/** "3 minutes ago", with the exact local time on hover and in the `datetime` attribute. */
export function RelativeTime({ value, className }: RelativeTimeProps) {
  const now = useNow(15_000);
  const absolute = formatDateTime(value);
  return (
    <time dateTime={value} title={absolute} className={className}>
      {now === null ? absolute : formatRelativeTime(value, now)}
    </time>
  );
}
