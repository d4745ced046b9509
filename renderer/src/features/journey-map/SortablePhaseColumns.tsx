import { closestCenter, DndContext, type DragEndEvent, type Modifier } from '@dnd-kit/core';
import { horizontalListSortingStrategy, SortableContext, useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEvent, ReactNode } from 'react';
import { useSortableDnd } from '../../components/use-sortable-dnd';

// A phase column moves along the row of phases, never up or down.
const alongTheRow: Modifier = ({ transform }) => ({ ...transform, y: 0 });

interface SortablePhaseColumnsProps {
  ids: readonly string[];
  /** "3. Conversion", per phase, as screen readers hear the moving column. */
  labels: readonly string[];
  onMove: (from: number, to: number) => void;
  children: ReactNode;
}

/** Lets the grid's phase columns be dragged by their header, with the pointer or the keyboard. */
export function SortablePhaseColumns({ ids, labels, onMove, children }: SortablePhaseColumnsProps) {
  const { sensors, accessibility } = useSortableDnd(
    ids,
    (index) => labels[index] ?? `phase ${index + 1}`,
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[alongTheRow]}
      onDragEnd={onDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={[...ids]} strategy={horizontalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

interface SortablePhaseHeaderProps {
  id: string;
  label: string;
  className: string;
  onKeyDown: (event: KeyboardEvent) => void;
  children: ReactNode;
}

/** A phase's column header with the drag handle that moves the whole column. */
export function SortablePhaseHeader({
  id,
  label,
  className,
  onKeyDown,
  children,
}: SortablePhaseHeaderProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  return (
    <th
      scope="col"
      ref={setNodeRef}
      className={`${className}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="drag-handle journey-phase-drag"
        aria-label={`Drag ${label} to reorder`}
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      {children}
    </th>
  );
}
