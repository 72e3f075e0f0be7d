'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { NetworkFields } from '@/components/sandbox-form/network-fields';
import { CardBody } from '@/components/ui/card';
import { allowOutRowsSchema, denyOutRowsSchema, type NetworkConfigResponse } from '@/lib/contract';
import { rulesToRows, toNetwork } from '@/lib/sandbox-form/request';
import type { RuleRow } from '@/lib/sandbox-form/values';
import { EditorFooter } from './editor-footer';
import { useSectionSave } from './use-section-save';

/** `allowOut`/`denyOut`, as the create form names them, so its server-error mapping applies unchanged. */
type NetworkFormValues = { allowOut: RuleRow[]; denyOut: RuleRow[] };

const NetworkFormSchema = z.object({ allowOut: allowOutRowsSchema, denyOut: denyOutRowsSchema });

type NetworkEditorProps = {
  sandboxId: string;
  status: string;
  network: NetworkConfigResponse | null | undefined;
  /** Set while the API would refuse a change (not active); the editor stays, values kept, Save disabled. */
  lockedReason: string | undefined;
  onDone: (saved: boolean) => void;
};

/** The create form's rule-list editors and destination tester on this sandbox's egress rules. */
export function NetworkEditor({ sandboxId, status, network, lockedReason, onDone }: NetworkEditorProps) {
  const form = useForm<NetworkFormValues>({
    resolver: zodResolver(NetworkFormSchema, undefined, {
      raw: true,
    }) as unknown as Resolver<NetworkFormValues>,
    defaultValues: {
      allowOut: rulesToRows(network?.allow_out ?? undefined),
      denyOut: rulesToRows(network?.deny_out ?? undefined),
    },
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  const { save, saving, error } = useSectionSave({
    form,
    sandboxId,
    section: 'network',
    status,
    onSaved: () => onDone(true),
  });

  // Both lists are replaced together; no rule at all is sent as `{}`, which clears the rules.
  const submit = form.handleSubmit((values) =>
    save({ network: toNetwork(values.allowOut, values.denyOut) ?? {} }),
  );

  return (
    <form noValidate onSubmit={submit} aria-label="Edit network rules">
      <CardBody>
        <NetworkFields
          form={form}
          allowOutName="allowOut"
          denyOutName="denyOut"
          disabled={saving || Boolean(lockedReason)}
          disabledReason={lockedReason}
        />
      </CardBody>
      <EditorFooter
        saving={saving}
        disabled={Boolean(lockedReason)}
        onCancel={() => onDone(false)}
        error={error}
        note={
          <>
            Saving <strong className="text-fg font-medium">replaces both lists</strong> (PATCH). The API
            accepts network changes only while the sandbox is active.
          </>
        }
      />
    </form>
  );
}
