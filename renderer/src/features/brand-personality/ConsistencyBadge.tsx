import { toneDimensions } from '../../../../shared/domain/tone';
import type { ToneConsistency } from '../../../../shared/domain/tone-consistency';

interface ConsistencyBadgeProps {
  consistency: ToneConsistency;
  /** Whether the channel has any score: without one it is "not scored", else "not comparable". */
  scored: boolean;
}

/** A channel's consistency with the brand, or why there is none yet. */
export function ConsistencyBadge({ consistency, scored }: ConsistencyBadgeProps) {
  const { score, compared, drifts } = consistency;
  if (score === null) {
    return (
      <span
        className="consistency-badge consistency-badge--none"
        title="Score the brand and this channel on the same dimension to compare them."
      >
        {scored ? 'Not comparable yet' : 'Not scored yet'}
      </span>
    );
  }
  const partial =
    compared < toneDimensions.length ? ` (${compared} of ${toneDimensions.length} dimensions)` : '';
  return (
    <span className={`consistency-badge${drifts.length > 0 ? ' consistency-badge--drift' : ''}`}>
      Consistency {score} %{partial}
    </span>
  );
}
