import type { ToneProfile } from '../../shared/domain/tone';
import type { RowOf } from '../../shared/engagement-file/format';
import { engagementId } from './engagement';
import { at, inOrder, sampleId, stamps } from './sample-ids';

/** [funny–serious, formal–casual, respectful–irreverent, enthusiastic–matter-of-fact], 1 to 5. */
type Scores = [number, number, number, number];

const tone = ([
  funnySerious,
  formalCasual,
  respectfulIrreverent,
  enthusiasticMatterOfFact,
]: Scores): ToneProfile => ({
  funnySerious,
  formalCasual,
  respectfulIrreverent,
  enthusiasticMatterOfFact,
});

const written = stamps('2026-10-27T14:30', '2026-10-27T14:55');

/** Serious without being stiff, respectful, calm: the brand as the room agreed it should sound. */
export const brandProfiles: RowOf<'brandProfiles'>[] = [
  {
    engagementId,
    tone: tone([4, 3, 2, 4]),
    wordsToUse: [
      'every degree',
      'audit-ready',
      'installed in a day',
      'peace of mind',
      'your drivers',
      'proof',
    ],
    wordsToAvoid: ['revolutionary', 'disrupt', 'IoT ecosystem', 'synergy', 'cheap', 'pharma-grade'],
    updatedAt: at('2026-10-27T14:55'),
  },
];

export const brandTraits: RowOf<'brandTraits'>[] = inOrder(
  [
    ['Precise', 'Pedantic'],
    ['Reassuring', 'Alarmist'],
    ['Practical', 'Technical for its own sake'],
    ['Straight-talking', 'Pushy'],
    ['Warm', 'Over-familiar'],
  ].map(([weAre = '', weAreNot = '']) => ({
    id: sampleId(`trait:${weAre}`),
    engagementId,
    weAre,
    weAreNot,
    ...written,
  })),
);

/**
 * How each channel sounds today. Social media drifts casual and excitable; the sales material
 * still reads like a pharma validation dossier: the drift chart shows both at a glance.
 */
export const brandChannels: RowOf<'brandChannels'>[] = inOrder(
  (
    [
      ['Social media', [3, 4, 3, 2]],
      ['Website', [4, 2, 2, 4]],
      ['PR', [5, 2, 1, 4]],
      ['Advertising', [3, 3, 2, 3]],
      ['Email', [4, 3, 2, 4]],
      ['Sales material', [5, 1, 1, 5]],
    ] as [string, Scores][]
  ).map(([name, scores]) => ({
    id: sampleId(`channel:${name}`),
    engagementId,
    name,
    tone: tone(scores),
    ...written,
  })),
);
