'use client';

import { useController, useWatch, type UseFormReturn } from 'react-hook-form';
import { useNow } from '@/lib/client/use-now';
import { useTimeZone } from '@/lib/client/time-zone';
import { formatEndsAt } from '@/lib/format/time';
import { lifetimeEndsAt, lifetimeSeconds } from '@/lib/sandbox-form/lifetime';
import { LIFETIME_UNITS, type SandboxFormValues } from '@/lib/sandbox-form/values';
import { cn } from '@/components/ui/cn';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

/** Lifetime (`timeout_seconds`): off by default; a number and a unit, up to 7 days; shows when it would end. */
export function LifetimeField({
  form,
  disabled,
}: {
  form: UseFormReturn<SandboxFormValues>;
  disabled?: boolean;
}) {
  const { control, register } = form;
  const lifetime = useWatch({ control, name: 'lifetime' });
  const {
    field: { ref, name, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'lifetime.amount' });
  const now = useNow(30_000);
  // Read only with `now`, which is null until hydrated: the zone is the browser's by then.
  const { timeZone } = useTimeZone();
  const seconds = lifetimeSeconds(lifetime);
  const endsAt =
    seconds !== undefined && now !== null && !fieldState.error
      ? lifetimeEndsAt(seconds, new Date(now))
      : undefined;

  return (
    <div className="flex flex-col gap-3">
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          {...register('lifetime.enabled', {
            // Turning the cap off must clear an error left on the amount.
            onChange: () => void form.trigger('lifetime.amount'),
          })}
          disabled={disabled}
          className="accent-accent border-line-strong mt-0.5 size-4 rounded"
        />
        <span className="flex flex-col">
          <span className="text-fg text-sm font-medium">Limit its lifetime</span>
          <span className="text-fg-muted text-xs">
            The sandbox ends on its own after this long, whatever its state. Off: it runs until you pause or
            delete it.
          </span>
        </span>
      </label>
      {lifetime.enabled ? (
        <div className="flex flex-wrap items-start gap-2 pl-7">
          <Field label="Lifetime" hideLabel error={fieldState.error?.message} className="w-28">
            <Input
              ref={ref}
              name={name}
              value={value}
              onChange={onChange}
              onBlur={onBlur}
              inputMode="numeric"
              disabled={disabled}
              className="tabular-nums"
            />
          </Field>
          <Field label="Unit" hideLabel className="w-32">
            <Select
              {...register('lifetime.unit', { onChange: () => void form.trigger('lifetime.amount') })}
              disabled={disabled}
            >
              {LIFETIME_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {unit}
                </option>
              ))}
            </Select>
          </Field>
          <p
            className={cn('text-fg-muted flex h-9 items-center text-sm', !endsAt && 'invisible')}
            data-testid="lifetime-ends-at"
          >
            {endsAt ? (
              <>
                Ends at&nbsp;
                <time dateTime={endsAt.toISOString()} className="text-fg font-medium">
                  {formatEndsAt(endsAt, { timeZone })}
                </time>
                &nbsp;if created now
              </>
            ) : (
              'Ends at —'
            )}
          </p>
        </div>
      ) : null}
    </div>
  );
}
