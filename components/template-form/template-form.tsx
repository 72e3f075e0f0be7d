'use client';

/** The template create form: sections on the left, the live request and the Create button on the right. */
import { useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useCheckedForm } from '@/components/sandbox-form/use-checked-form';
import { applyDockerfileImport } from '@/lib/template-form/dockerfile-import';
import { clearTemplateDraft, saveTemplateDraft } from '@/lib/template-form/draft';
import { toCreateTemplateRequest } from '@/lib/template-form/request';
import { checkTemplateForm } from '@/lib/template-form/schema';
import { emptyTemplateFormValues, type TemplateFormValues } from '@/lib/template-form/values';
import { CreateAside } from '@/components/sandbox-form/create-aside';
import { CreateFormGrid } from '@/components/sandbox-form/create-form-grid';
import { FormSection } from '@/components/sandbox-form/form-section';
import { TemplateRequestPreview } from '@/components/sandbox-form/lazy-request-preview';
import { SubmitBannerSlot } from '@/components/sandbox-form/submit-banner';
import { useFormDraftAutosave } from '@/components/sandbox-form/use-draft-autosave';
import { BasicsFields } from './basics-fields';
import { BaseImageField, CommandFields } from './build-fields';
import { LazyImportDockerfileDialog } from './lazy-import-dockerfile-dialog';
import { NewTemplateHeader } from './new-template-header';
import { StepsEditor } from './steps-editor';
import { TemplateFormNotices, type TemplateFormOrigin } from './template-form-notices';
import { useSubmitTemplate } from './use-submit-template';

export type CreateTemplateFormProps = {
  initialValues: TemplateFormValues;
  origin: TemplateFormOrigin;
  /** Where the snippets' $SUPERSERVE_BASE_URL defaults to. */
  snippetBaseUrl?: string;
};

export function CreateTemplateForm({ initialValues, origin, snippetBaseUrl }: CreateTemplateFormProps) {
  const form = useCheckedForm<TemplateFormValues>(checkTemplateForm, initialValues);
  const formRef = useRef<HTMLFormElement>(null);
  const [currentOrigin, setCurrentOrigin] = useState(origin);
  const [created, setCreated] = useState(false);
  const submit = useSubmitTemplate({ form, formRef, onCreated: () => setCreated(true) });
  useFormDraftAutosave(form, !created, saveTemplateDraft);

  const values = useWatch({ control: form.control }) as TemplateFormValues;
  const body = toCreateTemplateRequest(values);
  const idempotencyKey = submit.keyFor(JSON.stringify(body));
  const disabled = submit.pending;

  function replaceValues(next: TemplateFormValues, nextOrigin: TemplateFormOrigin) {
    form.reset(next);
    submit.clearBanner();
    setCurrentOrigin(nextOrigin);
    // reset() is not an edit, so the autosave skips it; an import is one, and must survive a reload.
    saveTemplateDraft(window.sessionStorage, next);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit.submit} aria-labelledby="new-template-title">
      <NewTemplateHeader
        actions={
          <LazyImportDockerfileDialog
            currentSteps={values.steps.length}
            disabled={disabled}
            onApply={(result, choices) =>
              replaceValues(applyDockerfileImport(form.getValues(), result, choices), {
                kind: 'import',
                steps: result.steps.length,
                unmapped: result.unmapped.length,
              })
            }
          />
        }
      />
      <TemplateFormNotices
        origin={currentOrigin}
        onDiscardDraft={() => {
          clearTemplateDraft(window.sessionStorage);
          form.reset(emptyTemplateFormValues());
          submit.clearBanner();
          setCurrentOrigin({ kind: 'fresh' });
        }}
        onDismiss={() => setCurrentOrigin({ kind: 'fresh' })}
      />
      <SubmitBannerSlot state={submit.banner} />

      <CreateFormGrid
        aside={
          <CreateAside
            submitLabel="Create template"
            pendingLabel="Creating template…"
            pending={submit.pending}
            cancelHref="/templates"
            note="Creating starts the first build; its log streams on the template’s page."
          >
            <TemplateRequestPreview
              body={body}
              idempotencyKey={idempotencyKey}
              defaultBaseUrl={snippetBaseUrl}
            />
          </CreateAside>
        }
      >
        <FormSection id="section-basics" title="Basics">
          <BasicsFields form={form} disabled={disabled} />
        </FormSection>
        <FormSection
          id="section-base"
          title="Base image"
          description="The image the build starts from; the steps below run on top of it."
        >
          <BaseImageField form={form} disabled={disabled} />
        </FormSection>
        <FormSection
          id="section-steps"
          title="Build steps"
          tag="Optional"
          description="Each step is one of: run a command, set an environment variable, change the working directory, or switch user."
        >
          <StepsEditor form={form} disabled={disabled} />
        </FormSection>
        <FormSection
          id="section-commands"
          title="Start and ready commands"
          tag="Optional"
          description="A process to keep running in every sandbox made from the template, and how to tell it is ready."
        >
          <CommandFields form={form} disabled={disabled} />
        </FormSection>
      </CreateFormGrid>
    </form>
  );
}
