import type { BrandChannel } from '../../../../shared/domain/brand';
import { maxChannelNameLength } from '../../../../shared/domain/brand';
import { toneDimensions, type ToneProfile } from '../../../../shared/domain/tone';
import {
  describeDeviations,
  type ToneConsistency,
} from '../../../../shared/domain/tone-consistency';
import { AutosaveTextField } from '../../components/AutosaveField';
import { textParser } from '../../components/field-parsers';
import { DragHandle, RowMoveRemove, rowName } from '../../components/RowControls';
import type { SortableRowControls } from '../../components/SortableList';
import { brandChannelRepository } from '../../db/repositories/brand-channel-repository';
import { ConsistencyBadge } from './ConsistencyBadge';
import { ToneScale } from './ToneScale';

interface ChannelRowProps {
  channel: BrandChannel;
  brandTone: ToneProfile;
  consistency: ToneConsistency;
  controls: SortableRowControls;
  onRemove: () => void;
}

/** One channel: its name, its tone on the four dimensions, and how far that is from the brand. */
export function ChannelRow({
  channel,
  brandTone,
  consistency,
  controls,
  onRemove,
}: ChannelRowProps) {
  const name = rowName(channel.name, 'channel', controls.index);
  const difference = describeDeviations(channel.name, consistency.deviations, toneDimensions);
  return (
    <div className="channel-row" data-testid="channel-row">
      <div className="channel-row__head">
        <DragHandle name={name} controls={controls} />
        <AutosaveTextField
          label={`Name of channel ${controls.index + 1}`}
          hideLabel
          className="channel-row__name"
          value={channel.name}
          parse={textParser('Channel name', maxChannelNameLength, true)}
          save={(next) => brandChannelRepository.rename(channel.id, next)}
        />
        <ConsistencyBadge
          consistency={consistency}
          scored={Object.values(channel.tone).some((score) => score !== null)}
        />
        <RowMoveRemove name={name} controls={controls} onRemove={onRemove} />
      </div>
      <div className="tone-profile tone-profile--channel">
        {toneDimensions.map((dimension) => (
          <ToneScale
            key={dimension.id}
            dimension={dimension}
            owner={channel.name}
            value={channel.tone[dimension.id]}
            brandScore={brandTone[dimension.id]}
            save={(score) => brandChannelRepository.setToneScore(channel.id, dimension.id, score)}
          />
        ))}
      </div>
      {difference ? (
        <p className={`channel-row__difference${consistency.drifts.length > 0 ? ' is-drift' : ''}`}>
          {consistency.drifts.length > 0 ? <strong>Drifts: </strong> : null}
          {difference}
        </p>
      ) : null}
    </div>
  );
}
