import { useMemo } from 'react';
import { ToneDriftChart } from '../../../../shared/charts/ToneDriftChart';
import { toToneDriftData } from '../../../../shared/charts/tone-drift-data';
import { summariseToneDrift } from '../../../../shared/charts/tone-drift-summary';
import type { BrandChannel } from '../../../../shared/domain/brand';
import type { ToneProfile } from '../../../../shared/domain/tone';

interface ToneDriftFigureProps {
  brandTone: ToneProfile;
  channels: readonly BrandChannel[];
}

/** The drift chart with its summary as the caption: the same text is its alt text in documents. */
export function ToneDriftFigure({ brandTone, channels }: ToneDriftFigureProps) {
  const data = useMemo(() => toToneDriftData(brandTone, channels), [brandTone, channels]);
  const summary = summariseToneDrift(data);
  if (channels.length === 0)
    return <p className="subtle">The chart appears once the brand has channels.</p>;
  return (
    <figure className="tone-drift-figure">
      <div className="tone-drift-figure__chart">
        <ToneDriftChart data={data} />
      </div>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
