import { toneDimensions, type ToneProfile } from '../../../../shared/domain/tone';
import { brandProfileRepository } from '../../db/repositories/brand-profile-repository';
import { ToneScale } from './ToneScale';

/** The brand's own tone of voice: the reference every channel is compared with. */
export function BrandToneEditor({
  engagementId,
  tone,
}: {
  engagementId: string;
  tone: ToneProfile;
}) {
  return (
    <div className="tone-profile tone-profile--brand">
      {toneDimensions.map((dimension) => (
        <ToneScale
          key={dimension.id}
          dimension={dimension}
          owner="brand"
          value={tone[dimension.id]}
          save={(score) => brandProfileRepository.setToneScore(engagementId, dimension.id, score)}
        />
      ))}
    </div>
  );
}
