'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { METADATA_EDITOR } from '@/components/sandbox-form/key-value-config';
import { KeyValueEditor } from '@/components/sandbox-form/key-value-editor';
import { CardBody } from '@/components/ui/card';
import { useSandboxes } from '@/lib/client/sandboxes';
import { metadataRowsSchema, rowsToRecord } from '@/lib/contract';
import { recordToRows } from '@/lib/sandbox-form/request';
import { collectMetadataKeys } from '@/lib/sandbox-form/suggestions';
import type { KeyValueRow } from '@/lib/sandbox-form/values';
import { EditorFooter } from './editor-footer';
import { useSectionSave } from './use-section-save';

/** `metadata`, as the create form names it, so its server-error mapping applies unchanged. */
type MetadataFormValues = { metadata: KeyValueRow[] };

const MetadataFormSchema = z.object({ metadata: metadataRowsSchema });

type MetadataEditorProps = {
  sandboxId: string;
  status: string;
  metadata: Record<string, string>;
  onDone: (saved: boolean) => void;
};

function useKeySuggestions(): string[] {
  const sandboxes = useSandboxes({ limit: 200 });
  return useMemo(() => collectMetadataKeys(sandboxes.data?.items ?? []), [sandboxes.data]);
}

/** The create form's key/value editor on this sandbox's metadata; Save replaces the whole map. */
export function MetadataEditor({ sandboxId, status, metadata, onDone }: MetadataEditorProps) {
  const form = useForm<MetadataFormValues>({
    // raw: the rows keep their ids; the contract's row schema only validates (as in the create form).
    resolver: zodResolver(MetadataFormSchema, undefined, {
      raw: true,
    }) as unknown as Resolver<MetadataFormValues>,
    defaultValues: { metadata: recordToRows(metadata) },
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  const keySuggestions = useKeySuggestions();
  const { save, saving, error } = useSectionSave({
    form,
    sandboxId,
    section: 'metadata',
    status,
    onSaved: () => onDone(true),
  });

  const submit = form.handleSubmit((values) => save({ metadata: rowsToRecord(values.metadata) }));

  return (
    <form noValidate onSubmit={submit} aria-label="Edit metadata">
      <CardBody>
        <KeyValueEditor
          form={form}
          name="metadata"
          config={METADATA_EDITOR}
          label="Metadata"
          keySuggestions={keySuggestions}
          disabled={saving}
        />
      </CardBody>
      <EditorFooter
        saving={saving}
        onCancel={() => onDone(false)}
        error={error}
        note={
          <>
            Saving <strong className="text-fg font-medium">replaces the whole map</strong> (PATCH): a key you
            remove here is removed from the sandbox. Works in any state.
          </>
        }
      />
    </form>
  );
}
