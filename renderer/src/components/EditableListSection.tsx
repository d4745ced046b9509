import { useId, useState, type ReactNode } from 'react';
import { useFailureMessage } from '../hooks/use-failure-message';
import { useUndoableRemoval } from '../hooks/use-undoable-removal';
import { FailureNotice } from './Notice';
import { PasteLines, type PasteLinesProps } from './PasteLines';
import { RemovalNotices } from './RemovalUndo';
import { SortableList, type SortableRowControls } from './SortableList';
import './list-section.css';

export interface ListRowContext {
  controls: SortableRowControls;
  /** True for the row just added, so the cursor lands in it. */
  autoFocus: boolean;
  remove: () => void;
}

interface EditableListSectionProps<T extends { id: string }, E> {
  title: string;
  /** The list's accessible name when it differs from the title: "Sales stages". */
  listLabel?: string;
  /** Under the heading: what a good entry looks like, when the worksheet hint is not enough. */
  intro?: ReactNode;
  items: readonly T[] | undefined;
  emptyText: string;
  addLabel: string;
  onAdd: () => Promise<string>;
  onReorder: (orderedIds: string[]) => Promise<void>;
  repository: { remove(id: string): Promise<T | undefined>; restore(row: T): Promise<void> };
  /** The removed row as the undo message names it, e.g. “Slow onboarding”. */
  describe: (item: T) => string;
  renderRow: (item: T, row: ListRowContext) => ReactNode;
  /** Buttons beside the heading (sort…). */
  toolbar?: ReactNode;
  /** Adding several at once from a pasted list, beside the Add button; `max` is the list's size. */
  paste?: Omit<PasteLinesProps<E>, 'room'> & { max: number };
  /** Under the list: totals, the weakest stage… */
  footer?: ReactNode;
  className?: string;
}

const getId = (item: { id: string }) => item.id;

/**
 * One ordered list of a worksheet: heading, rows reordered by drag or keyboard, an Add button
 * that puts the cursor in the new row (and, where a list is often pasted, a box to add several),
 * undoable removal, and refusals said plainly.
 */
export function EditableListSection<T extends { id: string }, E = string>({
  title,
  listLabel = title,
  intro,
  items,
  emptyText,
  addLabel,
  onAdd,
  onReorder,
  repository,
  describe,
  renderRow,
  toolbar,
  paste,
  footer,
  className,
}: EditableListSectionProps<T, E>) {
  const headingId = useId();
  const removal = useUndoableRemoval(repository);
  const { error, run, clear } = useFailureMessage();
  const [addedId, setAddedId] = useState<string | null>(null);

  async function add() {
    const id = await run(onAdd);
    if (id) setAddedId(id);
  }

  return (
    <section className={`list-section ${className ?? ''}`} aria-labelledby={headingId}>
      <div className="list-section__header">
        <h3 id={headingId}>{title}</h3>
        {toolbar}
      </div>
      {intro}
      {items === undefined ? (
        <p className="subtle">Loading…</p>
      ) : (
        <>
          {items.length === 0 ? <p className="subtle">{emptyText}</p> : null}
          <SortableList
            label={listLabel}
            items={items}
            getId={getId}
            onReorder={(ids) => run(() => onReorder(ids))}
            renderItem={(item, controls) =>
              renderRow(item, {
                controls,
                autoFocus: item.id === addedId,
                remove: () => void removal.remove(item.id),
              })
            }
          />
        </>
      )}
      <div className="list-section__add">
        <button type="button" className="button button--small" onClick={() => void add()}>
          {addLabel}
        </button>
        {paste && items ? <PasteLines {...paste} room={paste.max - items.length} /> : null}
      </div>
      {footer}
      <FailureNotice message={error} onDismiss={clear} />
      <RemovalNotices removal={removal} describe={describe} />
    </section>
  );
}
