import type { ReactNode } from 'react';
import { cn } from './cn';
import { AlertIcon, CheckIcon, InfoIcon } from './icons';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<AlertTone, { box: string; icon: ReactNode }> = {
  info: { box: 'border-info-line bg-info-soft', icon: <InfoIcon className="text-info-text size-5" /> },
  success: {
    box: 'border-success-line bg-success-soft',
    icon: <CheckIcon className="text-success-text size-5" />,
  },
  warning: {
    box: 'border-warning-line bg-warning-soft',
    icon: <AlertIcon className="text-warning-text size-5" />,
  },
  danger: {
    box: 'border-danger-line bg-danger-soft',
    icon: <AlertIcon className="text-danger-text size-5" />,
  },
};

export type AlertProps = {
  tone?: AlertTone;
  title: ReactNode;
  children?: ReactNode;
  /** A button or link on the right, e.g. "Try again". */
  action?: ReactNode;
  /**
   * `polite` makes it a live region (for banners that appear after an action, like a failed submit).
   * Leave it off for content that is there when the page loads.
   */
  live?: 'polite' | 'off';
  className?: string;
  id?: string;
};

/** A banner: what happened and what to do next. */
export function Alert({ tone = 'info', title, children, action, live = 'off', className, id }: AlertProps) {
  const colors = TONES[tone];
  return (
    <div
      id={id}
      aria-live={live === 'polite' ? 'polite' : undefined}
      className={cn('rounded-card flex items-start gap-3 border px-4 py-3', colors.box, className)}
    >
      <span className="mt-px shrink-0">{colors.icon}</span>
      <div className="min-w-0 flex-1 text-sm">
        <p className="text-fg font-medium">{title}</p>
        {children ? <div className="text-fg-muted mt-1">{children}</div> : null}
      </div>
      {action ? <div className="shrink-0 self-center">{action}</div> : null}
    </div>
  );
}
