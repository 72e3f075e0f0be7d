'use client';

import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { parseMetadataFilterText, type MetadataFilter } from '@/lib/list/filters';

/** "key=value" → a metadata filter chip. Bad input gets a message under the box and keeps what was typed. */
export function MetadataFilterInput({ onAdd }: { onAdd: (filter: MetadataFilter) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    const parsed = parseMetadataFilterText(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    onAdd(parsed.filter);
    setText('');
    setError(undefined);
  }

  return (
    <form
      onSubmit={submit}
      className="relative flex w-full gap-1.5 sm:w-auto"
      aria-label="Add a metadata filter"
    >
      <Input
        aria-label="Metadata filter (key=value)"
        placeholder="key=value"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setError(undefined);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="font-mono text-[13px] sm:w-44"
        spellCheck={false}
        autoCapitalize="off"
      />
      <Button type="submit" variant="secondary" className="h-9">
        Add
      </Button>
      <p
        id={errorId}
        aria-live="polite"
        className="text-danger-text bg-surface absolute top-full left-0 z-10 mt-1 text-xs font-medium"
      >
        {error}
      </p>
    </form>
  );
}
