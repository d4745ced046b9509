import {
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useRef } from 'react';

const screenReaderInstructions = {
  draggable:
    'To move this item, press Space. Then use the arrow keys, and press Space to drop it or Escape to cancel.',
};

/**
 * What every sortable list or row of columns needs from dnd-kit: pointer and keyboard sensors,
 * and announcements that speak names and positions, never internal ids.
 */
export function useSortableDnd(ids: readonly string[], nameAt: (index: number) => string) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: unknown) => {
    const index = ids.indexOf(String(id));
    return index < 0 ? 'the item' : nameAt(index);
  };
  const position = (id: unknown) => `position ${ids.indexOf(String(id)) + 1} of ${ids.length}`;
  // dnd-kit reports the item over itself right after the pick-up; keep the pick-up message then.
  const justPickedUp = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      justPickedUp.current = true;
      return `Picked up ${nameOf(active.id)}, at ${position(active.id)}.`;
    },
    onDragOver: ({ active, over }) => {
      const first = justPickedUp.current;
      justPickedUp.current = false;
      if (!over || (first && over.id === active.id)) return undefined;
      return `${nameOf(active.id)} is over ${position(over.id)}.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} dropped at ${position(over.id)}.`
        : `${nameOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };
  return { sensors, accessibility: { announcements, screenReaderInstructions } };
}
