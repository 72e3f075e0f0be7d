import type { ReactNode } from 'react';
import { cn } from './cn';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger' | 'info';

const TONES: Record<BadgeTone, { box: string; dot: string }> = {
  neutral: { box: 'border-line-strong bg-surface-muted text-fg-muted', dot: 'bg-fg-subtle' },
  accent: { box: 'border-accent/30 bg-accent-soft text-accent-text', dot: 'bg-accent' },
  success: { box: 'border-success-line bg-success-soft text-success-text', dot: 'bg-success-text' },
  warning: { box: 'border-warning-line bg-warning-soft text-warning-text', dot: 'bg-warning-text' },
  danger: { box: 'border-danger-line bg-danger-soft text-danger-text', dot: 'bg-danger-text' },
  info: { box: 'border-info-line bg-info-soft text-info-text', dot: 'bg-info-text' },
};

export type BadgeProps = {
  tone?: BadgeTone;
  /** A small coloured dot before the label; `pulse` animates it for states that are still changing. */
  dot?: boolean | 'pulse';
  className?: string;
  title?: string;
  children: ReactNode;
};

export function Badge({ tone = 'neutral', dot = false, className, title, children }: BadgeProps) {
  const colors = TONES[tone];
  return (
    <span
      title={title}
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs leading-4 font-medium whitespace-nowrap',
        colors.box,
        className,
      )}
    >
      {dot ? (
        <span aria-hidden="true" className="relative flex size-1.5">
          {dot === 'pulse' ? (
            <span
              className={cn(
                'absolute inline-flex size-full animate-ping rounded-full opacity-60',
                colors.dot,
              )}
            />
          ) : null}
          <span className={cn('relative inline-flex size-1.5 rounded-full', colors.dot)} />
        </span>
      ) : null}
      {children}
    </span>
  );
}
