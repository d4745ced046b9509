import type { ComponentPropsWithoutRef } from 'react';
import type { ListRowContext } from './EditableListSection';
import { DragHandle, RowMoveRemove } from './RowControls';

interface ListRowProps extends ComponentPropsWithoutRef<'div'> {
  /** How the row is named in its buttons: “Slow onboarding”, or "persona 2" before it has text. */
  name: string;
  row: Pick<ListRowContext, 'controls' | 'remove'>;
  bodyClassName?: string;
}

/** One row of an editable list: drag handle, the row's fields, move and remove buttons. */
export function ListRow({ name, row, className, bodyClassName, children, ...rest }: ListRowProps) {
  return (
    <div {...rest} className={`list-row ${className ?? ''}`}>
      <DragHandle name={name} controls={row.controls} />
      <div className={`list-row__body ${bodyClassName ?? ''}`}>{children}</div>
      <RowMoveRemove name={name} controls={row.controls} onRemove={row.remove} />
    </div>
  );
}
