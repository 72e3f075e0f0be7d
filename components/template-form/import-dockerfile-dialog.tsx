'use client';

/**
 * "Import Dockerfile": paste a Dockerfile, see what it becomes (DockerfileImportPreview, updated as you type),
 * then apply: the base image and the steps are replaced, the suggested commands set if kept ticked. When the form
 * already has steps, applying asks first, since they would be replaced.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { parseDockerfile } from '@/lib/templates/dockerfile';
import { importHasContent, type ImportChoices } from '@/lib/template-form/dockerfile-import';
import type { DockerfileImport } from '@/lib/templates/dockerfile';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { DockerfileImportPreview } from './dockerfile-import-preview';
import { ImportButton } from '@/components/sandbox-form/import-button';

export type ImportDockerfileDialogProps = {
  /** How many steps the form has now: applying replaces them. */
  currentSteps: number;
  onApply: (result: DockerfileImport, choices: ImportChoices) => void;
  disabled?: boolean;
  /** Mounted open: the stand-in button (LazyImportDockerfileDialog) was pressed before this code had loaded. */
  defaultOpen?: boolean;
};

const PLACEHOLDER = `FROM python:3.11-slim
ENV PIP_NO_CACHE_DIR=1
RUN apt-get update && \\
    apt-get install -y git
WORKDIR /srv/app
CMD ["python", "-m", "http.server", "8000"]`;

export function ImportDockerfileDialog({
  currentSteps,
  onApply,
  disabled,
  defaultOpen = false,
}: ImportDockerfileDialogProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [text, setText] = useState('');
  const [choices, setChoices] = useState<ImportChoices>({ startCmd: true, readyCmd: true });
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  // Parsing is fast, but a pasted 2,000-line file should not make typing lag.
  const deferred = useDeferredValue(text);
  const result = useMemo(() => (deferred.trim() === '' ? undefined : parseDockerfile(deferred)), [deferred]);
  const ready = result !== undefined && deferred === text && importHasContent(result);

  function reset() {
    setText('');
    setChoices({ startCmd: true, readyCmd: true });
    setConfirming(false);
  }

  function apply() {
    if (!result || !ready) return;
    if (currentSteps > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    onApply(result, choices);
    reset();
    setOpen(false);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setConfirming(false);
      }}
    >
      <DialogTrigger asChild>
        <ImportButton label="Import Dockerfile" disabled={disabled} />
      </DialogTrigger>
      <DialogContent
        title="Import a Dockerfile"
        description="FROM becomes the base image; RUN, ENV, WORKDIR and USER become steps, in order. Everything else is listed with the reason. Nothing is sent until you create."
        size="lg"
      >
        <div className="flex max-h-[65vh] flex-col gap-4 overflow-y-auto pr-1">
          <Field label="Dockerfile" id={`${id}-dockerfile`}>
            <Textarea
              rows={10}
              value={text}
              spellCheck={false}
              placeholder={PLACEHOLDER}
              className="font-mono text-[13px]"
              onChange={(event) => {
                setText(event.target.value);
                setConfirming(false);
              }}
            />
          </Field>
          {result ? (
            <DockerfileImportPreview result={result} choices={choices} onChoicesChange={setChoices} />
          ) : null}
          {result && !importHasContent(result) ? (
            <p className="text-fg-muted text-sm">Nothing to import yet: there is no FROM and no step.</p>
          ) : null}
          {confirming ? (
            <Alert
              tone="warning"
              title={`Replace the ${currentSteps} step${currentSteps === 1 ? '' : 's'} in the form?`}
              live="polite"
            >
              The form’s base image and steps are replaced by the Dockerfile’s. Name, resources and anything
              not ticked above stay as they are.
            </Alert>
          ) : null}
        </div>
        <DialogFooter>
          <Button variant="secondary" onClick={() => (confirming ? setConfirming(false) : setOpen(false))}>
            {confirming ? 'Keep my steps' : 'Cancel'}
          </Button>
          <Button onClick={apply} disabled={!ready}>
            {confirming ? 'Replace steps' : 'Apply to the form'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
