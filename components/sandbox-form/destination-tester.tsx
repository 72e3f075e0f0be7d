'use client';

/**
 * DestinationTester — "would this sandbox reach X?" for a set of egress rules, using the same pure
 * `decideEgress` as the embedded API's simulated curl, and showing which step of the decision settled it.
 *
 * Props:
 * - `network`: the rules to test against, as the API takes them (`{ allow_out?, deny_out? }`), e.g. the
 *   form's current rows converted with `toNetwork` / `rowsToRules`.
 * - `className?`
 */
import { useId, useState } from 'react';
import { decideEgress, type EgressNetwork, type EgressStep } from '@/lib/contract/egress';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

const STEPS: ReadonlyArray<{ steps: EgressStep[]; label: string }> = [
  { steps: ['private'], label: 'Private, loopback and link-local ranges are always blocked' },
  { steps: ['no_rules'], label: 'No rules at all: allowed' },
  { steps: ['allow_match'], label: 'Matches an allowed destination: allowed' },
  { steps: ['deny_match'], label: 'Inside a blocked range: blocked' },
  { steps: ['implicit_deny'], label: 'Allowed destinations are set and none matched: blocked' },
  { steps: ['default_allow'], label: 'Otherwise: allowed' },
];

const EXAMPLES = ['api.openai.com', 'github.com', '8.8.8.8', '10.0.0.5'];

export type DestinationTesterProps = { network: EgressNetwork; className?: string };

export function DestinationTester({ network, className }: DestinationTesterProps) {
  const [destination, setDestination] = useState('');
  const id = useId();
  const decision = destination.trim() === '' ? undefined : decideEgress(destination, network);
  const decidingIndex = decision ? STEPS.findIndex((s) => s.steps.includes(decision.step)) : -1;

  return (
    <div className={cn('flex flex-col gap-3', className)} data-testid="destination-tester">
      <Field
        label="Test a destination"
        id={`${id}-destination`}
        hint="A host name, an IPv4 address or a URL. Checked against the rules above as you type."
      >
        <Input
          value={destination}
          placeholder="api.openai.com"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          className="font-mono text-[13px]"
          onChange={(event) => setDestination(event.target.value)}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-1.5 text-xs">
        <span className="text-fg-subtle">Try</span>
        {EXAMPLES.map((example) => (
          <button
            key={example}
            type="button"
            onClick={() => setDestination(example)}
            className="rounded-control border-line text-fg-muted hover:bg-surface-hover hover:text-fg border px-2 py-0.5 font-mono"
          >
            {example}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite" aria-atomic="true">
        {decision ? (
          <div
            className={cn(
              'rounded-control border px-3 py-2.5 text-sm',
              decision.step === 'invalid'
                ? 'border-line bg-surface-muted'
                : decision.allowed
                  ? 'border-success-line bg-success-soft'
                  : 'border-danger-line bg-danger-soft',
            )}
          >
            <div className="flex flex-wrap items-center gap-2">
              {decision.step === 'invalid' ? (
                <Badge tone="neutral">Not a destination</Badge>
              ) : (
                <Badge tone={decision.allowed ? 'success' : 'danger'} dot>
                  {decision.allowed ? 'Allowed' : 'Blocked'}
                </Badge>
              )}
              {decision.rule ? (
                <span className="text-fg-muted text-xs">
                  by <code className="text-fg font-mono">{decision.rule}</code>
                </span>
              ) : null}
            </div>
            <p className="text-fg mt-1.5">{decision.reason}</p>
          </div>
        ) : null}
      </div>
      <details className="group text-xs">
        <summary className="text-fg-muted hover:text-fg cursor-pointer select-none">
          How a destination is decided
        </summary>
        <ol className="mt-2 flex flex-col gap-1 pl-1">
          {STEPS.map((step, index) => (
            <li
              key={step.label}
              aria-current={index === decidingIndex ? 'step' : undefined}
              className={cn('flex gap-2', index === decidingIndex ? 'text-fg font-medium' : 'text-fg-subtle')}
            >
              <span className="tabular-nums">{index + 1}.</span>
              {step.label}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
