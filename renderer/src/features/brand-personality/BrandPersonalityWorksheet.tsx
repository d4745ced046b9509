import { useBrandChannels } from '../../hooks/use-brand-channels';
import { useBrandProfile } from '../../hooks/use-brand-profile';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { BrandToneEditor } from './BrandToneEditor';
import { ChannelList } from './ChannelList';
import { ToneDriftFigure } from './ToneDriftFigure';
import { TraitList } from './TraitList';
import { WordLists } from './WordLists';
import './brand-personality.css';

/** One personality, consistent on every channel: traits, tone of voice, channels, words. */
export function BrandPersonalityWorksheet({ engagement }: WorksheetProps) {
  const profile = useBrandProfile(engagement.id);
  const channels = useBrandChannels(engagement.id);
  return (
    <section className="worksheet brand-personality" aria-labelledby="brand-personality-title">
      <h2 id="brand-personality-title">Brand personality</h2>
      <p className="worksheet-hint">
        One personality, consistent on every channel. Name the traits as pairs (“we are confident,
        we are not arrogant”), agree on the brand’s tone of voice, then score how each channel
        really sounds today: the chart shows where a channel drifts from the brand. Close with the
        words the brand uses and the ones it avoids.
      </p>
      <TraitList engagementId={engagement.id} />
      <h3>The brand’s tone of voice</h3>
      {profile === undefined ? (
        <p className="subtle">Loading…</p>
      ) : (
        <BrandToneEditor engagementId={engagement.id} tone={profile.tone} />
      )}
      {profile === undefined || channels === undefined ? null : (
        <>
          <ChannelList engagementId={engagement.id} brandTone={profile.tone} channels={channels} />
          <h3>Drift at a glance</h3>
          <ToneDriftFigure brandTone={profile.tone} channels={channels} />
          <h3>Words</h3>
          <WordLists profile={profile} />
        </>
      )}
    </section>
  );
}
