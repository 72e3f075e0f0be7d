'use client';

/**
 * What an imported Dockerfile becomes, before anything is applied: the base image, the steps (each with the line
 * it came from), the suggested start and ready commands (to keep or not), every problem, and every instruction
 * that is not imported, by line number with the reason. Nothing is dropped without being listed here.
 */
import type { DockerfileImport } from '@/lib/templates/dockerfile';
import type { ImportChoices } from '@/lib/template-form/dockerfile-import';
import { describeStep } from '@/lib/template-form/describe-step';
import { Alert } from '@/components/ui/alert';

type DockerfileImportPreviewProps = {
  result: DockerfileImport;
  choices: ImportChoices;
  onChoicesChange: (choices: ImportChoices) => void;
};

function LineNumber({ line }: { line: number }) {
  return <span className="text-fg-subtle shrink-0 font-mono text-xs tabular-nums">Line {line}</span>;
}

function Suggestion({
  label,
  command,
  checked,
  onChange,
}: {
  label: string;
  command: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="accent-accent border-line-strong mt-0.5 size-4 shrink-0 rounded"
      />
      <span className="min-w-0">
        <span className="text-fg font-medium">{label}</span>{' '}
        <code className="text-fg-muted font-mono text-xs break-all">{command}</code>
      </span>
    </label>
  );
}

export function DockerfileImportPreview({ result, choices, onChoicesChange }: DockerfileImportPreviewProps) {
  const notes = result.mapped.filter((m) => m.note && (m.to === 'steps' || m.to === 'from'));
  return (
    <div className="flex flex-col gap-4" data-testid="dockerfile-preview">
      {result.problems.length > 0 ? (
        <Alert tone="warning" title="Check before applying">
          <ul className="flex list-disc flex-col gap-1 pl-4">
            {result.problems.map((problem, i) => (
              <li key={i}>
                {problem.line !== undefined ? `Line ${problem.line}: ` : ''}
                {problem.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <section aria-labelledby="dockerfile-imported-title" className="flex flex-col gap-2">
        <h3 id="dockerfile-imported-title" className="text-fg text-sm font-semibold">
          Imported
        </h3>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
          <dt className="text-fg-muted">Base image</dt>
          <dd className="font-mono text-[13px] break-all" data-testid="dockerfile-preview-from">
            {result.from ?? 'none (the current base image is kept)'}
          </dd>
          <dt className="text-fg-muted">Steps</dt>
          <dd>{result.steps.length}</dd>
        </dl>
        {result.steps.length > 0 ? (
          <ol
            className="flex flex-col gap-1"
            aria-label="Imported steps"
            data-testid="dockerfile-preview-steps"
          >
            {result.steps.map((step, i) => (
              <li key={i} className="flex items-baseline gap-3 text-sm">
                <LineNumber line={result.stepLines[i] ?? 0} />
                <code className="font-mono text-xs break-all">{describeStep(step)}</code>
              </li>
            ))}
          </ol>
        ) : null}
        {result.startCmd !== undefined || result.readyCmd !== undefined ? (
          <div className="flex flex-col gap-2 pt-1">
            {result.startCmd !== undefined ? (
              <Suggestion
                label="Use as start command:"
                command={result.startCmd}
                checked={choices.startCmd}
                onChange={(startCmd) => onChoicesChange({ ...choices, startCmd })}
              />
            ) : null}
            {result.readyCmd !== undefined ? (
              <Suggestion
                label="Use as ready command:"
                command={result.readyCmd}
                checked={choices.readyCmd}
                onChange={(readyCmd) => onChoicesChange({ ...choices, readyCmd })}
              />
            ) : null}
          </div>
        ) : null}
        {notes.length > 0 ? (
          <ul className="flex flex-col gap-1" aria-label="Notes on imported lines">
            {notes.map((m, i) => (
              <li
                key={`${m.line}-${m.instruction}-${i}`}
                className="text-fg-muted flex items-baseline gap-3 text-xs"
              >
                <LineNumber line={m.line} />
                <span>{m.note}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="dockerfile-unmapped-title" className="flex flex-col gap-2">
        <h3 id="dockerfile-unmapped-title" className="text-fg text-sm font-semibold">
          Not imported ({result.unmapped.length})
        </h3>
        {result.unmapped.length === 0 ? (
          <p className="text-fg-muted text-sm">Every instruction has a place in the template.</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="dockerfile-unmapped">
            {result.unmapped.map((u, i) => (
              <li key={`${u.line}-${i}`} className="flex items-baseline gap-3 text-sm">
                <LineNumber line={u.line} />
                <span className="min-w-0">
                  <code className="font-mono text-xs break-all">{u.text}</code>
                  <span className="text-fg-muted block text-xs">Not imported: {u.reason}.</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
