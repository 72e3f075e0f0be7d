'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, type ButtonSize, type ButtonVariant } from './button';
import { cn } from './cn';
import { CheckIcon, CopyIcon } from './icons';

/** navigator.clipboard needs a secure context; fall back to a hidden textarea on plain-http hosts. */
export async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

export type CopyButtonProps = {
  value: string;
  /** What is copied, for screen readers: "Copy sandbox id". */
  label: string;
  /** Visible text next to the icon; icon-only when omitted. */
  children?: ReactNode;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
};

export function CopyButton({ value, label, children, variant = 'ghost', size, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    try {
      await writeClipboard(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 1800);
  }

  const iconOnly = children === undefined;
  return (
    <>
      <Button
        variant={variant}
        size={size ?? (iconOnly ? 'icon' : 'sm')}
        onClick={copy}
        aria-label={iconOnly ? label : undefined}
        title={iconOnly ? label : undefined}
        className={cn(iconOnly && size === undefined && 'size-7', className)}
      >
        {state === 'copied' ? (
          <CheckIcon className="text-success-text size-4" />
        ) : (
          <CopyIcon className="size-4" />
        )}
        {children}
      </Button>
      <span role="status" className="sr-only">
        {state === 'copied' ? 'Copied to clipboard' : state === 'failed' ? 'Could not copy' : ''}
      </span>
    </>
  );
}
