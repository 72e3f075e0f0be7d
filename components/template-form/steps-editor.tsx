'use client';

/**
 * The build steps editor: the ordered list of steps, buttons to add each kind, and a live region that says
 * what a move, an addition or a removal did (sighted users see it; screen-reader users hear it).
 */
import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { STEP_KINDS, type StepKind } from '@/lib/templates/steps';
import type { TemplateFormValues } from '@/lib/template-form/values';
import { Button } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { StepItem } from './step-item';
import { useStepDrag } from './use-step-drag';
import { useStepsEditor } from './use-steps-editor';

const ADD_LABELS: Readonly<Record<StepKind, string>> = {
  run: 'Run',
  env: 'Env',
  workdir: 'Workdir',
  user: 'User',
};

export function StepsEditor({
  form,
  disabled,
}: {
  form: UseFormReturn<TemplateFormValues>;
  disabled?: boolean;
}) {
  const { rows, listRef, addButton, announcement, actions } = useStepsEditor(form);
  const drag = useStepDrag((from, to) => actions.move(from, to, 'drag'));
  const hintId = useId();

  return (
    <div className="flex flex-col gap-3">
      <p id={hintId} className="text-fg-subtle text-xs">
        Steps run in order. To reorder, drag a step by its handle, or focus the handle and press Alt+Arrow Up
        or Alt+Arrow Down.
      </p>
      {rows.length === 0 ? (
        <p className="border-line text-fg-muted rounded-card border border-dashed px-4 py-6 text-center text-sm">
          No steps: the template is the base image as it is. Add steps below, or import a Dockerfile.
        </p>
      ) : null}
      <ol ref={listRef} aria-label="Build steps" className="flex flex-col gap-3">
        {rows.map((row, index) => (
          <StepItem
            key={row.id}
            row={row}
            index={index}
            count={rows.length}
            editor={actions}
            drag={drag}
            reorderHintId={hintId}
            disabled={disabled}
          />
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Add a step">
        {STEP_KINDS.map((kind, i) => (
          <Button
            key={kind}
            ref={i === 0 ? addButton : undefined}
            variant="secondary"
            size="sm"
            disabled={disabled}
            aria-label={`Add ${ADD_LABELS[kind].toLowerCase()} step`}
            onClick={() => actions.add(kind)}
          >
            <PlusIcon />
            {ADD_LABELS[kind]}
          </Button>
        ))}
      </div>
      <p role="status" aria-live="polite" className="sr-only" data-testid="steps-announcement">
        {announcement}
      </p>
    </div>
  );
}
