'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { SubmitBanner as Banner } from '@/lib/sandbox-form/submit-error';
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

export type SubmitBannerProps = {
  banner: Banner;
  /** Take focus once on screen, so keyboard and screen-reader users land on what happened. */
  focusOnMount: boolean;
};

/** The banner after a failed create: what happened, what to do, and the API's own words when useful. */
export function SubmitBanner({ banner, focusOnMount }: SubmitBannerProps) {
  const left = useCountdown(banner.retryAfter);
  const ref = useRef<HTMLDivElement>(null);
  // An effect, not a frame timer in the submit handler: the banner is focused only once it has rendered.
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <div ref={ref} tabIndex={-1} className="outline-none" data-testid="submit-banner">
      <Alert
        tone={banner.title.startsWith('Some values') ? 'warning' : 'danger'}
        title={banner.title}
        live="polite"
        action={
          banner.link ? (
            <Link href={banner.link.href} className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
              {banner.link.label}
            </Link>
          ) : banner.linkToList ? (
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
