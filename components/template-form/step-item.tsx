'use client';

/**
 * One step of the steps editor: its number and kind, a handle to reorder it (drag it, or Alt+Arrow keys while
 * it has focus), buttons to move, duplicate and remove it, and its own fields with their problems.
 */
import type { KeyboardEvent } from 'react';
import { STEP_KIND_LABELS, STEP_KINDS, type StepKind, type StepRow } from '@/lib/templates/steps';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { ChevronDownIcon, CopyIcon, TrashIcon } from '@/components/ui/icons';
import { Select } from '@/components/ui/select';
import { StepFields } from './step-fields';
import type { useStepDrag } from './use-step-drag';
import type { StepsEditor } from './use-steps-editor';

type StepItemProps = {
  row: StepRow;
  index: number;
  count: number;
  editor: StepsEditor;
  drag: ReturnType<typeof useStepDrag>;
  /** Id of the text explaining how to reorder, read with every handle. */
  reorderHintId: string;
  disabled?: boolean;
};

function GripIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
      <circle cx="7" cy="5" r="1.5" />
      <circle cx="13" cy="5" r="1.5" />
      <circle cx="7" cy="10" r="1.5" />
      <circle cx="13" cy="10" r="1.5" />
      <circle cx="7" cy="15" r="1.5" />
      <circle cx="13" cy="15" r="1.5" />
    </svg>
  );
}

export function StepItem({ row, index, count, editor, drag, reorderHintId, disabled }: StepItemProps) {
  const number = index + 1;
  const legendId = `step-${row.id}-legend`;

  function onHandleKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    editor.move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, 'keyboard');
  }

  return (
    <li
      data-step-id={row.id}
      data-testid="build-step"
      {...(disabled ? {} : drag.targetProps(index))}
      className={cn(
        'border-line bg-surface rounded-card border p-3 transition-shadow',
        drag.dragging === index && 'opacity-60',
        drag.over === index && drag.dragging !== index && 'ring-accent ring-2',
      )}
    >
      <fieldset aria-labelledby={legendId} className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            data-step-focus="handle"
            aria-label={`Reorder step ${number} of ${count}`}
            aria-describedby={reorderHintId}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            disabled={disabled}
            onKeyDown={onHandleKey}
            {...(disabled ? {} : drag.handleProps(index))}
            className="text-fg-subtle hover:text-fg hover:bg-surface-muted focus-visible:ring-accent rounded-control grid size-8 cursor-grab place-items-center outline-none focus-visible:ring-2 active:cursor-grabbing"
          >
            <GripIcon />
          </button>
          <span id={legendId} className="text-fg text-sm font-semibold tabular-nums">
            Step {number}
          </span>
          <div className="w-60 max-w-full">
            <Select
              aria-label={`Step ${number} kind`}
              value={row.kind}
              disabled={disabled}
              onChange={(event) => editor.setKind(index, event.target.value as StepKind)}
            >
              {STEP_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {STEP_KIND_LABELS[kind]}
                </option>
              ))}
            </Select>
          </div>
          <div className="ml-auto flex items-center gap-1">
            <Button
              variant="ghost"
              size="icon"
              aria-label={`Move step ${number} up`}
              disabled={disabled || index === 0}
              onClick={() => editor.move(index, index - 1, 'keyboard')}
            >
              <ChevronDownIcon className="size-4 rotate-180" />
            </Button>
            <Button
              variant="ghost"
              size="icon"
              aria-label={`Move step ${number} down`}
              disabled={disabled || index === count - 1}
              onClick={() => editor.move(index, index + 1, 'keyboard')}
            >
              <ChevronDownIcon />
            </Button>
            <Button
              variant="ghost"
              size="icon"
              aria-label={`Duplicate step ${number}`}
              disabled={disabled}
              onClick={() => editor.duplicate(index)}
            >
              <CopyIcon />
            </Button>
            <Button
              variant="ghost"
              size="icon"
              aria-label={`Remove step ${number}`}
              disabled={disabled}
              onClick={() => editor.remove(index)}
            >
              <TrashIcon />
            </Button>
          </div>
        </div>
        <StepFields row={row} index={index} editor={editor} disabled={disabled} />
      </fieldset>
    </li>
  );
}
