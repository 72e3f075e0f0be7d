'use client';

/** The create form: sections on the left, the live request and the Create button on the right. */
import { useMemo, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useCheckedForm } from './use-checked-form';
import { useSandboxes } from '@/lib/client/sandboxes';
import { clearDraft } from '@/lib/sandbox-form/draft';
import { suggestName } from '@/lib/sandbox-form/name';
import { toCreateRequest } from '@/lib/sandbox-form/request';
import { checkSandboxForm } from '@/lib/sandbox-form/schema';
import { collectMetadataKeys } from '@/lib/sandbox-form/suggestions';
import { emptyFormValues, type SandboxFormValues } from '@/lib/sandbox-form/values';
import { CreateAside } from './create-aside';
import { CreateFormGrid } from './create-form-grid';
import { FormNotices, type FormOrigin } from './form-notices';
import { FormSection } from './form-section';
import { LazyImportJsonDialog } from './lazy-import-json-dialog';
import { NewSandboxHeader } from './new-sandbox-header';
import { ENV_EDITOR, METADATA_EDITOR } from './key-value-config';
import { KeyValueEditor } from './key-value-editor';
import { LifetimeField } from './lifetime-field';
import { NameField } from './name-field';
import { NetworkFields } from './network-fields';
import { RequestPreview } from './lazy-request-preview';
import { SubmitBannerSlot } from './submit-banner';
import { TemplateField, useTemplateOptions } from './template-field';
import { useDraftAutosave } from './use-draft-autosave';
import { useSubmitSandbox } from './use-submit-sandbox';

export type CreateSandboxFormProps = {
  initialValues: SandboxFormValues;
  origin: FormOrigin;
  /** Where the snippets' $SUPERSERVE_BASE_URL defaults to. */
  snippetBaseUrl?: string;
};

function useMetadataKeySuggestions(): string[] {
  const sandboxes = useSandboxes({ limit: 200 });
  return useMemo(() => collectMetadataKeys(sandboxes.data?.items ?? []), [sandboxes.data]);
}

export function CreateSandboxForm({ initialValues, origin, snippetBaseUrl }: CreateSandboxFormProps) {
  const form = useCheckedForm<SandboxFormValues>(checkSandboxForm, initialValues);
  const formRef = useRef<HTMLFormElement>(null);
  const [currentOrigin, setCurrentOrigin] = useState(origin);
  const [revealEnv, setRevealEnv] = useState(false);
  const [created, setCreated] = useState(false);
  const { options: templateOptions } = useTemplateOptions();
  const keySuggestions = useMetadataKeySuggestions();
  const submit = useSubmitSandbox({
    form,
    templateOptions,
    formRef,
    onCreated: () => setCreated(true),
  });
  useDraftAutosave(form, !created);

  const values = useWatch({ control: form.control }) as SandboxFormValues;
  const body = toCreateRequest(values);
  const idempotencyKey = submit.keyFor(JSON.stringify(body));
  const disabled = submit.pending;

  function replaceValues(next: SandboxFormValues, nextOrigin: FormOrigin) {
    form.reset(next);
    submit.clearBanner();
    setCurrentOrigin(nextOrigin);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit.submit} aria-labelledby="new-sandbox-title">
      <NewSandboxHeader
        actions={
          <LazyImportJsonDialog
            currentName={values.name}
            onImport={(next) => replaceValues(next, { kind: 'import' })}
            disabled={disabled}
          />
        }
      />
      <FormNotices
        origin={currentOrigin}
        onDiscardDraft={() => {
          clearDraft(window.sessionStorage);
          replaceValues(emptyFormValues(suggestName()), { kind: 'fresh' });
        }}
        onDismiss={() => setCurrentOrigin({ kind: 'fresh' })}
      />
      <SubmitBannerSlot state={submit.banner} />

      <CreateFormGrid
        aside={
          <CreateAside
            submitLabel="Create sandbox"
            pendingLabel="Creating sandbox…"
            pending={submit.pending}
            cancelHref="/sandboxes"
          >
            <RequestPreview
              body={body}
              revealEnv={revealEnv}
              onRevealEnvChange={setRevealEnv}
              idempotencyKey={idempotencyKey}
              defaultBaseUrl={snippetBaseUrl}
            />
          </CreateAside>
        }
      >
        <FormSection id="section-basics" title="Basics">
          <div className="flex flex-col gap-5">
            <div className="grid gap-5 sm:grid-cols-2">
              <NameField form={form} disabled={disabled} />
              <TemplateField form={form} disabled={disabled} />
            </div>
            <LifetimeField form={form} disabled={disabled} />
          </div>
        </FormSection>

        <FormSection
          id="section-metadata"
          title="Metadata"
          tag="Optional"
          description="Tags to find and filter sandboxes by. Strings only; up to 64 keys and 16 KB."
        >
          <KeyValueEditor
            form={form}
            name="metadata"
            config={METADATA_EDITOR}
            label="Metadata"
            keySuggestions={keySuggestions}
            disabled={disabled}
          />
        </FormSection>

        <FormSection
          id="section-env"
          title="Environment variables"
          tag="Optional"
          description="Set for every process in the sandbox. Values are write-only: the API never returns them."
        >
          <KeyValueEditor
            form={form}
            name="envVars"
            config={ENV_EDITOR}
            label="Environment variables"
            revealed={revealEnv}
            onRevealedChange={setRevealEnv}
            disabled={disabled}
          />
        </FormSection>

        <FormSection
          id="section-network"
          title="Network"
          tag="Optional"
          description="Egress rules: which destinations the sandbox may reach. Without rules, every public address is reachable."
        >
          <NetworkFields form={form} allowOutName="allowOut" denyOutName="denyOut" disabled={disabled} />
        </FormSection>
      </CreateFormGrid>
    </form>
  );
}
