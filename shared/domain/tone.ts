import { z } from 'zod';

/**
 * The tone-of-voice scale: a whole number from 1 to 5 on each dimension, 1 at the left-hand end
 * ("Funny"), 5 at the right-hand end ("Serious"), 3 in between. Five points are enough for a room
 * to agree on and few enough that a one-point difference means something.
 */
export const toneScale = { min: 1, max: 5 } as const;

export const toneDimensionIds = [
  'funnySerious',
  'formalCasual',
  'respectfulIrreverent',
  'enthusiasticMatterOfFact',
] as const;
export type ToneDimensionId = (typeof toneDimensionIds)[number];

export interface ToneDimension {
  id: ToneDimensionId;
  /** "Funny – Serious" */
  label: string;
  /** The end at 1 and the end at 5. */
  low: string;
  high: string;
  /** How a channel closer to each end compares with the brand: "funnier", "more serious". */
  towardsLow: string;
  towardsHigh: string;
}

/** The four dimensions of a tone-of-voice profile, in the order they are shown and charted. */
export const toneDimensions: readonly ToneDimension[] = [
  {
    id: 'funnySerious',
    label: 'Funny – Serious',
    low: 'Funny',
    high: 'Serious',
    towardsLow: 'funnier',
    towardsHigh: 'more serious',
  },
  {
    id: 'formalCasual',
    label: 'Formal – Casual',
    low: 'Formal',
    high: 'Casual',
    towardsLow: 'more formal',
    towardsHigh: 'more casual',
  },
  {
    id: 'respectfulIrreverent',
    label: 'Respectful – Irreverent',
    low: 'Respectful',
    high: 'Irreverent',
    towardsLow: 'more respectful',
    towardsHigh: 'more irreverent',
  },
  {
    id: 'enthusiasticMatterOfFact',
    label: 'Enthusiastic – Matter-of-fact',
    low: 'Enthusiastic',
    high: 'Matter-of-fact',
    towardsLow: 'more enthusiastic',
    towardsHigh: 'more matter-of-fact',
  },
];

export const toneScore = z
  .number({ error: 'A tone score must be a whole number from 1 to 5.' })
  .int('A tone score must be a whole number from 1 to 5.')
  .min(toneScale.min, 'A tone score must be at least 1.')
  .max(toneScale.max, 'A tone score must be at most 5.');

/** A score per dimension; null until the room has agreed on it. */
export const toneProfileSchema = z.object({
  funnySerious: toneScore.nullable(),
  formalCasual: toneScore.nullable(),
  respectfulIrreverent: toneScore.nullable(),
  enthusiasticMatterOfFact: toneScore.nullable(),
});
export type ToneProfile = z.infer<typeof toneProfileSchema>;

export function emptyToneProfile(): ToneProfile {
  return {
    funnySerious: null,
    formalCasual: null,
    respectfulIrreverent: null,
    enthusiasticMatterOfFact: null,
  };
}

/** The profile as scores in dimension order, the shape the consistency logic and chart read. */
export function toneScores(profile: ToneProfile): (number | null)[] {
  return toneDimensions.map((dimension) => profile[dimension.id]);
}

/** What a point on the scale means, for a radio's accessible name: "2 – rather funny". */
export function toneScoreMeaning(dimension: ToneDimension, score: number): string {
  const middle = (toneScale.min + toneScale.max) / 2;
  if (score === middle) return `${score} – in between`;
  const end = (score < middle ? dimension.low : dimension.high).toLowerCase();
  const extreme = score === toneScale.min || score === toneScale.max;
  return `${score} – ${extreme ? 'very' : 'rather'} ${end}`;
}
