'use client';

import { createContext, useContext, useId, type ReactNode } from 'react';
import { cn } from './cn';

type FieldContextValue = {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
};

const FieldContext = createContext<FieldContextValue | null>(null);

type ControlAria = {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false' | 'grammar' | 'spelling';
  'aria-required'?: boolean | 'true' | 'false';
};

/**
 * The accessibility wiring a control inside <Field> needs (id, aria-describedby, aria-invalid, aria-required).
 * Input, Textarea and Select call it; a custom control (a combobox, a toggle group) can call it too.
 * Props passed explicitly win over the field's.
 */
export function useFieldControl<P extends ControlAria>(props: P): P {
  const field = useContext(FieldContext);
  if (!field) return props;
  const describedBy = [field.describedBy, props['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return {
    ...props,
    id: props.id ?? field.id,
    'aria-describedby': describedBy,
    'aria-invalid': props['aria-invalid'] ?? (field.invalid || undefined),
    'aria-required': props['aria-required'] ?? (field.required || undefined),
  };
}

export type FieldProps = {
  label: ReactNode;
  /** Help shown under the control and read with it. */
  hint?: ReactNode;
  /** The validation message; the control becomes aria-invalid and the message is announced politely. */
  error?: string;
  required?: boolean;
  /** Give it when the control needs a known id (e.g. to focus it); otherwise one is generated. */
  id?: string;
  /** Keeps the label for screen readers only (e.g. in a dense row where a column header says it). */
  hideLabel?: boolean;
  /** Something to the right of the label, like a counter or a "Reveal" toggle. */
  labelAside?: ReactNode;
  className?: string;
  children: ReactNode;
};

export function Field({
  label,
  hint,
  error,
  required = false,
  id,
  hideLabel = false,
  labelAside,
  className,
  children,
}: FieldProps) {
  const generated = useId();
  const controlId = id ?? `field-${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = `${controlId}-error`;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <FieldContext.Provider value={{ id: controlId, describedBy, invalid: Boolean(error), required }}>
      <div className={cn('flex flex-col gap-1.5', className)}>
        <div
          className={cn('flex items-baseline justify-between gap-3', hideLabel && !labelAside && 'sr-only')}
        >
          <label htmlFor={controlId} className={cn('text-fg text-sm font-medium', hideLabel && 'sr-only')}>
            {label}
            {required ? (
              <span aria-hidden="true" className="text-danger-text ml-0.5">
                *
              </span>
            ) : null}
          </label>
          {labelAside ? <div className="text-fg-subtle text-xs">{labelAside}</div> : null}
        </div>
        {children}
        {hint ? (
          <p id={hintId} className="text-fg-subtle text-xs">
            {hint}
          </p>
        ) : null}
        {/* Always in the DOM so that screen readers notice when a message appears (a live region must exist first). */}
        <p
          id={errorId}
          aria-live="polite"
          className={cn('text-danger-text text-xs font-medium', !error && 'hidden')}
        >
          {error}
        </p>
      </div>
    </FieldContext.Provider>
  );
}
