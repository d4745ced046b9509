import type { ReactNode } from 'react';
import { fitsIn } from '../../../../shared/domain/pasted-lines';
import { EditableListSection } from '../../components/EditableListSection';
import { removedName, rowName } from '../../components/RowControls';
import type { SortableRowControls } from '../../components/SortableList';

interface Row {
  id: string;
}

export interface SituationListRepository<T extends Row> {
  add(engagementId: string): Promise<string>;
  addNamed(engagementId: string, names: readonly string[]): Promise<string[]>;
  reorder(engagementId: string, orderedIds: readonly string[]): Promise<void>;
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

interface SituationListProps<T extends Row> {
  engagementId: string;
  title: string;
  /** The list's accessible name: "Sales stages". */
  listLabel: string;
  rows: readonly T[] | undefined;
  repository: SituationListRepository<T>;
  /** The row's own name, '' when not typed yet. */
  nameOf: (row: T) => string;
  noun: { one: string; many: string };
  /** How many rows the list holds, and how long a pasted name may be. */
  max: number;
  maxLength: number;
  addLabel: string;
  emptyText: string;
  renderRow: (props: ListRowProps<T>) => ReactNode;
  footer?: ReactNode;
}

/** One list of the situation analysis: typed or pasted by name, then filled in card by card. */
export function SituationList<T extends Row>(props: SituationListProps<T>) {
  const { engagementId, repository, nameOf, noun } = props;
  return (
    <EditableListSection<T>
      title={props.title}
      listLabel={props.listLabel}
      items={props.rows}
      emptyText={props.emptyText}
      addLabel={props.addLabel}
      onAdd={() => repository.add(engagementId)}
      onReorder={(ids) => repository.reorder(engagementId, ids)}
      repository={repository}
      describe={(row) => removedName(nameOf(row), noun.one)}
      paste={{
        noun,
        openLabel: `Paste a list of ${noun.many}`,
        max: props.max,
        read: fitsIn(props.maxLength),
        add: (names) => repository.addNamed(engagementId, names).then((ids) => ids.length),
      }}
      footer={props.footer}
      renderRow={(row, context) =>
        props.renderRow({
          row,
          controls: context.controls,
          name: rowName(nameOf(row), noun.one, context.controls.index),
          onRemove: context.remove,
          autoFocus: context.autoFocus,
        })
      }
    />
  );
}
