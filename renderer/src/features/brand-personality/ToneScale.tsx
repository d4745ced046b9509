import { useId, useState } from 'react';
import { toneScale, toneScoreMeaning, type ToneDimension } from '../../../../shared/domain/tone';

interface ToneScaleProps {
  dimension: ToneDimension;
  /** Whose tone this is, in the group's name: "brand", "Email". */
  owner: string;
  value: number | null;
  save: (score: number | null) => Promise<void>;
  /** On a channel's scale, the brand's score is marked so the drift shows while scoring. */
  brandScore?: number | null;
}

const points = Array.from(
  { length: toneScale.max - toneScale.min + 1 },
  (_, index) => toneScale.min + index,
);

/**
 * One dimension scored 1–5 as a radio group: arrow keys move along the scale, each choice saves
 * at once, and Clear takes the score back to "not scored".
 */
export function ToneScale({ dimension, owner, value, save, brandScore }: ToneScaleProps) {
  const name = useId();
  // Shows the choice at once and keeps it until the stored value has caught up, so the radio
  // never flicks back while the write lands (a refused write hands back to the stored value).
  const [pending, setPending] = useState<{ score: number | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (pending && pending.score === value) setPending(null);
  const shown = pending ? pending.score : value;
  const groupName = `${dimension.label} (${owner})`;

  async function choose(score: number | null) {
    setPending({ score });
    try {
      await save(score);
      setError(null);
    } catch (failure) {
      setPending(null);
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <div className="tone-scale">
      <div className="tone-scale__title" aria-hidden="true">
        {dimension.label}
      </div>
      <div
        role="radiogroup"
        aria-label={groupName}
        className="tone-scale__points"
        aria-invalid={error !== null}
      >
        <span className="tone-scale__end" aria-hidden="true">
          {dimension.low}
        </span>
        {points.map((point) => {
          const isBrand = brandScore === point;
          return (
            <label
              key={point}
              className={`tone-scale__point${isBrand ? ' is-brand' : ''}`}
              title={isBrand ? 'The brand’s score' : undefined}
            >
              <input
                type="radio"
                name={name}
                value={point}
                checked={shown === point}
                aria-label={`${toneScoreMeaning(dimension, point)}${isBrand ? ', the brand’s score' : ''}`}
                onChange={() => void choose(point)}
              />
              <span aria-hidden="true">{point}</span>
            </label>
          );
        })}
        <span className="tone-scale__end" aria-hidden="true">
          {dimension.high}
        </span>
        <button
          type="button"
          className="button button--link button--small tone-scale__clear"
          aria-label={`Clear ${groupName}`}
          disabled={shown === null}
          onClick={() => void choose(null)}
        >
          Clear
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
