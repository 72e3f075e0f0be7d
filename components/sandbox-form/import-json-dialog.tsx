'use client';

import { useId, useState } from 'react';
import { importRequestJson } from '@/lib/sandbox-form/import';
import type { SandboxFormValues } from '@/lib/sandbox-form/values';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { ImportButton } from './import-button';

export type ImportJsonDialogProps = {
  currentName: string;
  onImport: (values: SandboxFormValues) => void;
  disabled?: boolean;
  /** Mounted open: the stand-in button (LazyImportJsonDialog) was pressed before this code had loaded. */
  defaultOpen?: boolean;
};

/** "Import JSON": paste a POST /sandboxes body and the form is filled from it. */
export function ImportJsonDialog({
  currentName,
  onImport,
  disabled,
  defaultOpen = false,
}: ImportJsonDialogProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const id = useId();

  function submit() {
    const result = importRequestJson(text, currentName);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    onImport(result.values);
    setText('');
    setErrors([]);
    setOpen(false);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setErrors([]);
      }}
    >
      <DialogTrigger asChild>
        <ImportButton label="Import JSON" disabled={disabled} />
      </DialogTrigger>
      <DialogContent
        title="Import a request body"
        description="Paste the JSON body of a POST /sandboxes request. It replaces every value in the form; nothing is sent until you create."
        size="lg"
      >
        <Field
          label="Request body"
          id={`${id}-json`}
          error={
            errors.length === 1
              ? errors[0]
              : errors.length > 1
                ? `${errors.length} problems: ${errors.join('; ')}`
                : undefined
          }
        >
          <Textarea
            rows={12}
            value={text}
            spellCheck={false}
            placeholder={
              '{\n  "name": "my-sandbox",\n  "from_template": "superserve/base",\n  "metadata": { "env": "prod" }\n}'
            }
            className="font-mono text-[13px]"
            onChange={(event) => setText(event.target.value)}
          />
        </Field>
        <DialogFooter>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button onClick={submit}>Fill the form</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
