'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { SubmitBanner as Banner } from '@/lib/form/submit-error';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';

/** Counts down a Retry-After, so "wait 7 seconds" stays true while the user waits. */
function useCountdown(seconds: number | undefined): number | undefined {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (seconds === undefined) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  return left;
}

export type SubmitBannerProps = { banner: Banner; id: string };

/** The banner after a failed create: what happened, what to do, and the API's own words when useful. */
export function SubmitBanner({ banner, id }: SubmitBannerProps) {
  const left = useCountdown(banner.retryAfter);
  return (
    <div id={id} tabIndex={-1} className="outline-none" data-testid="submit-banner">
      <Alert
        tone={banner.title.startsWith('Some values') ? 'warning' : 'danger'}
        title={banner.title}
        live="polite"
        action={
          banner.linkToList ? (
            <Link href="/sandboxes" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
              Open sandboxes
            </Link>
          ) : undefined
        }
      >
        <p>{banner.action}</p>
        {banner.detail ? <p className="text-fg-subtle mt-1 text-xs">API: {banner.detail}</p> : null}
        {left !== undefined && left > 0 ? (
          <p className="mt-1 text-xs tabular-nums">You can try again in {left} s.</p>
        ) : null}
      </Alert>
    </div>
  );
}
