import { closestCenter, DndContext, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, useState, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { moveItem } from '../../../shared/domain/ordering';
import { useSortableDnd } from './use-sortable-dnd';

export interface SortableRowControls {
  index: number;
  /** Spread on the drag handle: pointer drag, or Space then arrows from the keyboard. */
  handleProps: HTMLAttributes<HTMLElement>;
  moveUp: (() => void) | null;
  moveDown: (() => void) | null;
}

interface SortableListProps<T> {
  items: readonly T[];
  getId: (item: T) => string;
  onReorder: (orderedIds: string[]) => void | Promise<void>;
  renderItem: (item: T, controls: SortableRowControls) => ReactNode;
  label: string;
  className?: string;
  /** How a row is named in what screen readers hear while it moves; "item 3" by default. */
  itemName?: (item: T, index: number) => string;
}

/**
 * A list reordered by drag, by the drag handle's keyboard mode, by Alt+↑/↓ anywhere in a row,
 * or by the row's move buttons. Shows the new order at once while the write completes.
 */
export function SortableList<T>({
  items,
  getId,
  onReorder,
  renderItem,
  label,
  className,
  itemName,
}: SortableListProps<T>) {
  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);

  const storedIds = items.map(getId);
  const storedKey = storedIds.join('|');
  const ordered = useMemo(() => {
    if (!pendingOrder || pendingOrder.join('|') === storedKey) return items;
    const byId = new Map(items.map((item) => [getId(item), item]));
    const fromPending = pendingOrder
      .map((id) => byId.get(id))
      .filter((item): item is T => item !== undefined);
    return fromPending.length === items.length ? fromPending : items;
  }, [items, pendingOrder, storedKey, getId]);
  if (pendingOrder && pendingOrder.join('|') === storedKey) setPendingOrder(null);
  const ids = ordered.map(getId);

  const { sensors, accessibility } = useSortableDnd(ids, (index) => {
    const item = ordered[index];
    return item === undefined ? 'the item' : (itemName?.(item, index) ?? `item ${index + 1}`);
  });

  function move(from: number, to: number) {
    if (to < 0 || to >= ids.length) return;
    const next = moveItem(ids, from, to);
    setPendingOrder(next);
    // The new order stays on screen until the stored order catches up (the live query re-reads a
    // moment after the write), so the list never flickers back; a refused write drops it at once.
    // A guard timer lets the stored order win even if it never matches (rows changed meanwhile).
    Promise.resolve(onReorder(next)).then(
      () =>
        setTimeout(() => setPendingOrder((current) => (current === next ? null : current)), 2000),
      () => setPendingOrder(null),
    );
  }

  function onDragEnd(event: DragEndEvent) {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className={`sortable-list ${className ?? ''}`} aria-label={label}>
          {ordered.map((item, index) => (
            <SortableRow
              key={getId(item)}
              id={getId(item)}
              onAltArrow={(delta) => move(index, index + delta)}
            >
              {(handleProps) =>
                renderItem(item, {
                  index,
                  handleProps,
                  moveUp: index > 0 ? () => move(index, index - 1) : null,
                  moveDown: index < ordered.length - 1 ? () => move(index, index + 1) : null,
                })
              }
            </SortableRow>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

interface SortableRowProps {
  id: string;
  onAltArrow: (delta: -1 | 1) => void;
  children: (handleProps: HTMLAttributes<HTMLElement>) => ReactNode;
}

function SortableRow({ id, onAltArrow, children }: SortableRowProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onAltArrow(event.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <li
      ref={setNodeRef}
      className={`sortable-row${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      onKeyDown={onKeyDown}
      data-sortable-id={id}
    >
      {children({ ...attributes, ...listeners })}
    </li>
  );
}
