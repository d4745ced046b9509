import { formatDuration } from '../../../../shared/domain/agenda-times';

/** The whole session against its plan, in whole minutes: behind, ahead, or on plan. */
export function DriftLine({ drift, started }: { drift: number; started: boolean }) {
  if (!started) return <p className="facilitator__drift">Not started</p>;
  const minutes = Math.round(drift / 60_000);
  if (minutes === 0) return <p className="facilitator__drift">On plan</p>;
  return (
    <p
      className={`facilitator__drift${minutes > 0 ? ' facilitator__drift--behind' : ''}`}
      data-testid="drift"
    >
      {minutes > 0
        ? `${formatDuration(minutes)} behind plan`
        : `${formatDuration(-minutes)} ahead of plan`}
    </p>
  );
}
