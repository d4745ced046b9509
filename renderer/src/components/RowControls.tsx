import type { ReactNode } from 'react';
import type { SortableRowControls } from './SortableList';
import './row-controls.css';

/** The drag handle of a sortable row: pointer drag, or Space then arrows from the keyboard. */
export function DragHandle({ name, controls }: { name: string; controls: SortableRowControls }) {
  return (
    <button
      type="button"
      className="drag-handle"
      aria-label={`Drag ${name} to reorder`}
      {...controls.handleProps}
    >
      ⠿
    </button>
  );
}

interface RowMoveRemoveProps {
  name: string;
  controls: SortableRowControls;
  onRemove: () => void;
}

/** Move up, move down and remove, each named after the row for screen readers and tests. */
export function RowMoveRemove({ name, controls, onRemove }: RowMoveRemoveProps) {
  return (
    <div className="row-move-remove">
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${name} up`}
        disabled={!controls.moveUp}
        onClick={() => controls.moveUp?.()}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${name} down`}
        disabled={!controls.moveDown}
        onClick={() => controls.moveDown?.()}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button icon-button--danger"
        aria-label={`Remove ${name}`}
        onClick={onRemove}
      >
        ✕
      </button>
    </div>
  );
}

/** The bar across the top of a card in a sortable list: drag handle, heading and badges, buttons. */
export function CardBar({
  name,
  controls,
  onRemove,
  children,
}: RowMoveRemoveProps & { children: ReactNode }) {
  return (
    <div className="card-bar">
      <DragHandle name={name} controls={controls} />
      {children}
      <RowMoveRemove name={name} controls={controls} onRemove={onRemove} />
    </div>
  );
}

/** How a row is named in labels: its text in quotes, or its place when it has none yet. */
export function rowName(text: string, noun: string, index: number): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return `${noun} ${index + 1}`;
  return `“${trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed}”`;
}

/** How a removed row is named in the undo message: "persona “Olivia”", or "an empty persona". */
export function removedName(text: string, noun: string): string {
  const quoted = rowName(text, '', 0);
  return quoted.startsWith('“') ? `${noun} ${quoted}` : `an empty ${noun}`;
}
