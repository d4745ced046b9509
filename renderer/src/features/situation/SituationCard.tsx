import type { ReactNode } from 'react';
import { DragHandle, RowMoveRemove } from '../../components/RowControls';
import type { ListRowProps } from './ListSection';

interface SituationCardProps<T> extends Omit<ListRowProps<T>, 'row' | 'autoFocus'> {
  /** The card's place, read by screen readers and tests: "Stage 2". */
  heading: string;
  badges?: ReactNode;
  /** Names the grid layout of the fields: stage, competitor or trend. */
  kind: 'stage' | 'competitor' | 'trend';
  children: ReactNode;
}

/** The frame of one entry: drag handle, its number, badges, move and remove buttons. */
export function SituationCard<T>({
  heading,
  name,
  controls,
  onRemove,
  badges,
  kind,
  children,
}: SituationCardProps<T>) {
  return (
    <div className={`situation-card situation-card--${kind}`} role="group" aria-label={heading}>
      <div className="situation-card__bar">
        <DragHandle name={name} controls={controls} />
        <span className="situation-card__heading">{heading}</span>
        <span className="situation-card__badges">{badges}</span>
        <RowMoveRemove name={name} controls={controls} onRemove={onRemove} />
      </div>
      <div className="situation-card__fields">{children}</div>
    </div>
  );
}
