import { useId } from 'react';
import {
  defaultBrandChannelNames,
  maxBrandChannels,
  type BrandChannel,
} from '../../../../shared/domain/brand';
import { toneScores, type ToneProfile } from '../../../../shared/domain/tone';
import { compareTone, overallConsistency } from '../../../../shared/domain/tone-consistency';
import { FailureNotice } from '../../components/Notice';
import { RemovalNotices } from '../../components/RemovalUndo';
import { SortableList } from '../../components/SortableList';
import { brandChannelRepository } from '../../db/repositories/brand-channel-repository';
import { useFailureMessage } from '../../hooks/use-failure-message';
import { useUndoableRemoval } from '../../hooks/use-undoable-removal';
import { AddChannelForm } from './AddChannelForm';
import { ChannelRow } from './ChannelRow';

const getId = (channel: BrandChannel) => channel.id;
const usualChannels = defaultBrandChannelNames.join(', ').toLowerCase();

interface ChannelListProps {
  engagementId: string;
  brandTone: ToneProfile;
  channels: readonly BrandChannel[];
}

/** The channels the brand speaks on, each scored as it sounds today, with its drift from the brand. */
export function ChannelList({ engagementId, brandTone, channels }: ChannelListProps) {
  const headingId = useId();
  const removal = useUndoableRemoval(brandChannelRepository);
  const { error, run, clear } = useFailureMessage();
  const brandScores = toneScores(brandTone);
  const results = new Map(
    channels.map((channel) => [channel.id, compareTone(brandScores, toneScores(channel.tone))]),
  );
  const overall = overallConsistency([...results.values()]);

  return (
    <section className="brand-channels" aria-labelledby={headingId}>
      <h3 id={headingId}>Tone per channel</h3>
      <p className="subtle">
        Score how each channel sounds today, not how it should. The brand’s score is outlined on
        each scale.
      </p>
      {channels.length === 0 ? (
        <div className="brand-channels__empty">
          <p className="subtle">No channels yet.</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => void run(() => brandChannelRepository.addDefaultChannels(engagementId))}
          >
            Start with the usual channels
          </button>
          <span className="subtle"> ({usualChannels})</span>
        </div>
      ) : (
        <p data-testid="overall-consistency">
          {overall === null
            ? 'Overall consistency: not comparable yet.'
            : `Overall consistency: ${overall} %.`}
        </p>
      )}
      <SortableList
        label="Channels"
        items={channels}
        getId={getId}
        onReorder={(ids) => run(() => brandChannelRepository.reorder(engagementId, ids))}
        renderItem={(channel, controls) => {
          const consistency = results.get(channel.id);
          return consistency ? (
            <ChannelRow
              channel={channel}
              brandTone={brandTone}
              consistency={consistency}
              controls={controls}
              onRemove={() => void removal.remove(channel.id)}
            />
          ) : null;
        }}
      />
      <AddChannelForm engagementId={engagementId} full={channels.length >= maxBrandChannels} />
      <FailureNotice message={error} onDismiss={clear} />
      <RemovalNotices removal={removal} describe={(channel) => `channel “${channel.name}”`} />
    </section>
  );
}
