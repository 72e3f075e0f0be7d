'use client';

import { useId, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { PasteButton } from './paste-button';

export type PasteDialogProps = {
  /** Button text and dialog title, e.g. "Paste .env". */
  title: string;
  description: ReactNode;
  placeholder: string;
  /** Adds the rows; returns an error to keep the dialog open with it, or undefined to close. */
  onSubmit: (text: string) => string | undefined;
  disabled?: boolean;
  /** Mounted open: the stand-in button (LazyPasteDialog) was pressed before this code had loaded. */
  defaultOpen?: boolean;
};

/** A textarea in a dialog for adding many rows at once (the same parsing as pasting into a row). */
export function PasteDialog({
  title,
  description,
  placeholder,
  onSubmit,
  disabled,
  defaultOpen = false,
}: PasteDialogProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const id = useId();

  function submit() {
    const problem = onSubmit(text);
    if (problem) {
      setError(problem);
      return;
    }
    setText('');
    setError(undefined);
    setOpen(false);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(undefined);
      }}
    >
      <DialogTrigger asChild>
        <PasteButton title={title} disabled={disabled} />
      </DialogTrigger>
      <DialogContent title={title} description={description} size="lg">
        <Field label="Text to add" id={`${id}-text`} error={error}>
          <Textarea
            rows={10}
            value={text}
            placeholder={placeholder}
            spellCheck={false}
            className="font-mono text-[13px]"
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) submit();
            }}
          />
        </Field>
        <DialogFooter>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button onClick={submit}>Add rows</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
