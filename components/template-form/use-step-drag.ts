'use client';

/**
 * Drag-and-drop reordering of steps with the browser's own HTML5 drag and drop (no library). A step is dragged by
 * its handle: pressing the handle makes the step draggable (browsers don't start a drag from a button itself,
 * and a step that is always draggable would steal text selection from its inputs). Every step is a drop target,
 * and dropping on a step puts the dragged one in its place. The keyboard does the same through the handle's
 * Alt+Arrow keys and the move buttons (see StepItem).
 */
import { useState, type DragEvent } from 'react';

const DRAG_TYPE = 'application/x-template-step';

export function useStepDrag(onMove: (from: number, to: number) => void) {
  /** The step whose handle is pressed: draggable until the press ends. */
  const [armed, setArmed] = useState<number | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  const end = () => {
    setArmed(null);
    setDragging(null);
    setOver(null);
  };

  return {
    dragging,
    over,
    /** Props for a step's handle. */
    handleProps(index: number) {
      return {
        onPointerDown: () => setArmed(index),
        onPointerUp: () => setArmed(null),
      };
    },
    /** Props for a step's list item: the dragged element and a drop target. */
    targetProps(index: number) {
      return {
        draggable: armed === index,
        onDragStart(event: DragEvent<HTMLElement>) {
          if (armed !== index) return;
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData(DRAG_TYPE, String(index));
          setDragging(index);
        },
        onDragEnd: end,
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
