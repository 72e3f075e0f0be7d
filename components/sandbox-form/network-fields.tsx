'use client';

/**
 * NetworkFields — the network section: Allowed destinations + Blocked ranges (two RuleListEditors), the
 * always-blocked note and the DestinationTester fed with the current rows. Reusable on the detail page.
 *
 * Props:
 * - `form`: the react-hook-form instance.
 * - `allowOutName` / `denyOutName`: the two field arrays of `{ id, value }` rows.
 * - `disabled?`, `disabledReason?`: e.g. "Resume the sandbox to change its network: the API refuses while paused."
 */
import { useWatch, type ArrayPath, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { rowsToRules } from '@/lib/contract/network-rules';
import type { RuleRow } from '@/lib/sandbox-form/values';
import { ALLOW_OUT_EDITOR, ALWAYS_BLOCKED_TEXT, DENY_OUT_EDITOR } from './rule-list-config';
import { DestinationTester } from './destination-tester';
import { RuleListEditor } from './rule-list-editor';
import { ShieldIcon } from '@/components/ui/icons';

export type NetworkFieldsProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  allowOutName: ArrayPath<T>;
  denyOutName: ArrayPath<T>;
  disabled?: boolean;
  disabledReason?: string;
};

function SubHeading({ title, description }: { title: string; description: string }) {
  return (
    <div>
      <h3 className="text-fg text-sm font-medium">{title}</h3>
      <p className="text-fg-muted mt-0.5 text-xs">{description}</p>
    </div>
  );
}

export function NetworkFields<T extends FieldValues>(props: NetworkFieldsProps<T>) {
  const { form, allowOutName, denyOutName, disabled, disabledReason } = props;
  const allowRows = (useWatch({ control: form.control, name: allowOutName as unknown as Path<T> }) ??
    []) as RuleRow[];
  const denyRows = (useWatch({ control: form.control, name: denyOutName as unknown as Path<T> }) ??
    []) as RuleRow[];
  const network = { allow_out: rowsToRules(allowRows), deny_out: rowsToRules(denyRows) };

  return (
    <div className="flex flex-col gap-6">
      {disabled && disabledReason ? (
        <p className="border-warning-line bg-warning-soft text-warning-text rounded-control border px-3 py-2 text-sm">
          {disabledReason}
        </p>
      ) : null}
      <div className="flex flex-col gap-3">
        <SubHeading
          title="Allowed destinations"
          description="Domains (api.openai.com), subdomain wildcards (*.github.com), IPv4 addresses and CIDRs. Once any is set, everything else is blocked."
        />
        <RuleListEditor
          form={form}
          name={allowOutName}
          config={ALLOW_OUT_EDITOR}
          label="Allowed destinations"
          disabled={disabled}
        />
      </div>
      <div className="flex flex-col gap-3">
        <SubHeading
          title="Blocked ranges"
          description="IPv4 CIDR ranges only. Allowed destinations win over blocked ranges."
        />
        <RuleListEditor
          form={form}
          name={denyOutName}
          config={DENY_OUT_EDITOR}
          label="Blocked ranges"
          disabled={disabled}
        />
      </div>
      <p className="text-fg-muted flex items-start gap-2 text-xs">
        <ShieldIcon className="text-fg-subtle mt-px size-4 shrink-0" />
        <span>
          Private, loopback and link-local ranges ({ALWAYS_BLOCKED_TEXT}) are always blocked, whatever the
          rules say.
        </span>
      </p>
      <div className="border-line bg-surface-muted/60 rounded-card border p-4">
        <DestinationTester network={network} />
      </div>
    </div>
  );
}
