import { useId, useState, type ReactNode } from 'react';
import type { PasteBounds } from '../../../../shared/domain/situation-paste';
import { Notice } from '../../components/Notice';
import { RemovalUndo } from '../../components/RemovalUndo';
import { removedName, rowName } from '../../components/RowControls';
import { SortableList, type SortableRowControls } from '../../components/SortableList';
import { useFailureMessage } from '../../hooks/use-failure-message';
import { useUndoableRemoval } from '../../hooks/use-undoable-removal';
import { PasteList } from './PasteList';

interface Row {
  id: string;
}

export interface ListSectionRepository<T extends Row> {
  add(parentId: string): Promise<string>;
  addNamed(parentId: string, names: readonly string[]): Promise<string[]>;
  reorder(parentId: string, orderedIds: readonly string[]): Promise<void>;
  remove(id: string): Promise<T | undefined>;
  restore(row: T): Promise<void>;
}

export interface ListRowProps<T> {
  row: T;
  controls: SortableRowControls;
  /** How the row is named in buttons and messages: “Acme” or "competitor 2". */
  name: string;
  onRemove: () => void;
  autoFocus: boolean;
}

interface ListSectionProps<T extends Row> {
  engagementId: string;
  title: string;
  /** The list's accessible name: "Sales stages". */
  listLabel: string;
  rows: readonly T[] | undefined;
  repository: ListSectionRepository<T>;
  /** The row's own name, '' when not typed yet. */
  nameOf: (row: T) => string;
  addLabel: string;
  emptyText: string;
  paste: Omit<PasteBounds, 'room'>;
  renderRow: (props: ListRowProps<T>) => ReactNode;
  /** Shown under the list: totals, the weakest stage… */
  footer?: ReactNode;
}

const getId = (row: Row) => row.id;

/** One ordered list of the situation analysis: add, paste, edit, reorder, remove with undo. */
export function ListSection<T extends Row>(props: ListSectionProps<T>) {
  const { engagementId, title, listLabel, rows, repository, nameOf, paste } = props;
  const removal = useUndoableRemoval(repository);
  const { error, run, clear } = useFailureMessage();
  const [addedId, setAddedId] = useState<string | null>(null);
  const headingId = useId();

  return (
    <section className="situation-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {rows === undefined ? (
        <p className="subtle">Loading…</p>
      ) : (
        <>
          {rows.length === 0 ? <p className="subtle">{props.emptyText}</p> : null}
          <SortableList
            label={listLabel}
            items={rows}
            getId={getId}
            onReorder={(ids) => run(() => repository.reorder(engagementId, ids))}
            renderItem={(row, controls) =>
              props.renderRow({
                row,
                controls,
                name: rowName(nameOf(row), paste.noun, controls.index),
                onRemove: () => void removal.remove(row.id),
                autoFocus: row.id === addedId,
              })
            }
          />
          <div className="situation-section__add">
            <button
              type="button"
              className="button"
              onClick={() => void run(async () => setAddedId(await repository.add(engagementId)))}
            >
              {props.addLabel}
            </button>
            <PasteList
              bounds={{ ...paste, room: paste.max - rows.length }}
              add={(names) => repository.addNamed(engagementId, names)}
            />
          </div>
          {props.footer}
        </>
      )}
      {error ? (
        <Notice tone="error" onDismiss={clear}>
          {error}
        </Notice>
      ) : null}
      <RemovalUndo
        label={removal.removed ? removedName(nameOf(removal.removed), paste.noun) : null}
        rowKey={removal.removed?.id ?? ''}
        onUndo={() => void removal.undo()}
        onDismiss={removal.dismiss}
      />
      {removal.error ? (
        <Notice tone="error" onDismiss={removal.clearError}>
          {removal.error}
        </Notice>
      ) : null}
    </section>
  );
}
