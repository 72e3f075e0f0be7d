'use client';

/** The inputs of one step, by its kind: a command, a variable's name and value, a directory, or a user. */
import type { StepRow } from '@/lib/templates/steps';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { StepField, StepsEditor } from './use-steps-editor';

type StepFieldsProps = {
  row: StepRow;
  index: number;
  editor: StepsEditor;
  disabled?: boolean;
};

const MONO = 'font-mono text-[13px]';

export function StepFields({ row, index, editor, disabled }: StepFieldsProps) {
  const common = (field: StepField) => ({
    name: `steps.${index}.${field}`,
    disabled,
    autoComplete: 'off',
    spellCheck: false,
    onBlur: () => editor.touched(index),
  });
  const text = (field: StepField) => ({
    ...common(field),
    onChange: (event: { target: { value: string } }) => editor.setField(index, field, event.target.value),
  });
  // The first input takes focus when the step is added or duplicated.
  const first = { 'data-step-focus': 'input' } as const;

  switch (row.kind) {
    case 'run':
      return (
        <Field
          label="Command"
          error={editor.errorAt(index, 'run')}
          hint="Runs with /bin/sh -c in the build VM; a line ending in \ continues on the next."
        >
          <Textarea
            {...text('run')}
            {...first}
            value={row.run}
            rows={Math.min(8, Math.max(2, row.run.split('\n').length))}
            placeholder="pip install --no-cache-dir numpy pandas"
            className={MONO}
          />
        </Field>
      );
    case 'env':
      return (
        <div className="grid gap-3 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]">
          <Field label="Variable name" error={editor.errorAt(index, 'key')}>
            <Input
              {...text('key')}
              {...first}
              value={row.key}
              placeholder="PIP_NO_CACHE_DIR"
              className={MONO}
            />
          </Field>
          <Field
            label="Value"
            error={editor.errorAt(index, 'value')}
            hint="Set for later steps and for every sandbox made from the template."
          >
            <Input {...text('value')} value={row.value} placeholder="1" className={MONO} />
          </Field>
        </div>
      );
    case 'workdir':
      return (
        <Field
          label="Directory"
          error={editor.errorAt(index, 'workdir')}
          hint="Later steps run here, and it is the sandboxes' default directory."
        >
          <Input
            {...text('workdir')}
            {...first}
            value={row.workdir}
            placeholder="/srv/app"
            className={MONO}
          />
        </Field>
      );
    case 'user':
      return (
        <div className="flex flex-col gap-3">
          <Field
            label="User name"
            error={editor.errorAt(index, 'name')}
            hint="Later steps run as this user; it is created if missing. a–z, 0–9, _ and -, up to 31."
          >
            <Input {...text('name')} {...first} value={row.name} placeholder="app" className={MONO} />
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              {...common('sudo')}
              checked={row.sudo ?? false}
              onChange={(event) => editor.setField(index, 'sudo', event.target.checked)}
              className="accent-accent border-line-strong size-4 rounded"
            />
            <span className="text-fg">Allow sudo</span>
          </label>
        </div>
      );
  }
}
