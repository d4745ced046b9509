import type { ReactNode } from 'react';
import { CardBar } from '../../components/RowControls';
import type { ListRowProps } from './SituationList';

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
      <CardBar name={name} controls={controls} onRemove={onRemove}>
        <span className="situation-card__heading">{heading}</span>
        <span className="situation-card__badges">{badges}</span>
      </CardBar>
      <div className="situation-card__fields">{children}</div>
    </div>
  );
}
