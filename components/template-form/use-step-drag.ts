'use client';

/**
 * Drag-and-drop reordering of steps with the browser's own HTML5 drag and drop (no library): a step's handle
 * is the drag source, every step is a drop target, and dropping on a step puts the dragged one in its place.
 * The keyboard does the same through the handle's Alt+Arrow keys and the move buttons (see StepItem).
 */
import { useState, type DragEvent } from 'react';

const DRAG_TYPE = 'application/x-template-step';

export function useStepDrag(onMove: (from: number, to: number) => void) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  const end = () => {
    setDragging(null);
    setOver(null);
  };

  return {
    dragging,
    over,
    /** Props for a step's handle. */
    handleProps(index: number) {
      return {
        draggable: true,
        onDragStart(event: DragEvent<HTMLElement>) {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData(DRAG_TYPE, String(index));
          // Drag the whole step's picture, not just the small handle.
          const row = event.currentTarget.closest('[data-step-id]');
          if (row) event.dataTransfer.setDragImage(row, 16, 16);
          setDragging(index);
        },
        onDragEnd: end,
      };
    },
    /** Props for a step's list item, the drop target. */
    targetProps(index: number) {
      return {
        onDragOver(event: DragEvent<HTMLElement>) {
          if (dragging === null) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          if (over !== index) setOver(index);
        },
        onDrop(event: DragEvent<HTMLElement>) {
          if (dragging === null) return;
          event.preventDefault();
          const from = Number(event.dataTransfer.getData(DRAG_TYPE) || dragging);
          end();
          onMove(from, index);
        },
      };
    },
  };
}
