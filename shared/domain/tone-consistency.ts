import { toneScale } from './tone';

/**
 * How consistent a channel's tone of voice is with the brand's.
 *
 * Only dimensions scored for both the brand and the channel are compared; a score that is missing,
 * not a finite number, or off the scale counts as unscored. For the compared dimensions:
 *
 *   consistency = 100 % × (1 − mean |channel − brand| / (max − min))
 *
 * rounded to a whole percent. Identical scores give 100 %; every compared dimension at opposite
 * ends of the scale gives 0 %; on the 1–5 scale each point of difference on one of four dimensions
 * costs 6.25 %. With nothing to compare the score is null ("not comparable yet"), never 0 or NaN.
 *
 * A dimension drifts when it is `driftThreshold` points or more from the brand: on a five-point
 * scale one point is a nuance a channel may allow itself ("slightly more casual"), two points is a
 * different voice.
 */
export const driftThreshold = 2;

/** From this many points apart the difference is called "far": "far more formal". */
const farThreshold = 3;

export type DeviationLevel = 'match' | 'slight' | 'drift';

export interface ToneDeviation {
  /** Index of the dimension, in the profile's order. */
  dimension: number;
  /** Channel minus brand, in scale points: negative is towards the low end ("more formal"). */
  difference: number;
  level: DeviationLevel;
}

export interface ToneConsistency {
  /** 0–100, a whole percent; null when no dimension is scored for both. */
  score: number | null;
  /** How many dimensions were compared. */
  compared: number;
  /** One per compared dimension, in dimension order. */
  deviations: ToneDeviation[];
  /** The compared dimensions that drift (level 'drift'). */
  drifts: ToneDeviation[];
}

export interface ToneScaleRange {
  min: number;
  max: number;
}

/** The given scale when it is usable, else the standard 1–5 one. */
export function usableScale(scale: ToneScaleRange): ToneScaleRange {
  const { min, max } = scale;
  return Number.isFinite(min) && Number.isFinite(max) && max > min ? { min, max } : toneScale;
}

/** A score on the scale, or null for anything else (missing, NaN, Infinity, off the scale). */
export function usableScore(value: unknown, scale: ToneScaleRange = toneScale): number | null {
  return typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= scale.min &&
    value <= scale.max
    ? value
    : null;
}

export function deviationLevel(difference: number): DeviationLevel {
  const distance = Math.abs(difference);
  if (distance >= driftThreshold) return 'drift';
  return distance >= 1 ? 'slight' : 'match';
}

/** Compares a channel's scores with the brand's, dimension by dimension (same order). */
export function compareTone(
  brand: readonly (number | null)[],
  channel: readonly (number | null)[],
  scaleRange: ToneScaleRange = toneScale,
): ToneConsistency {
  const scale = usableScale(scaleRange);
  const deviations: ToneDeviation[] = [];
  brand.forEach((brandValue, dimension) => {
    const own = usableScore(brandValue, scale);
    const theirs = usableScore(channel[dimension], scale);
    if (own === null || theirs === null) return;
    const difference = theirs - own;
    deviations.push({ dimension, difference, level: deviationLevel(difference) });
  });
  if (deviations.length === 0) return { score: null, compared: 0, deviations, drifts: [] };
  const meanDistance =
    deviations.reduce((sum, deviation) => sum + Math.abs(deviation.difference), 0) /
    deviations.length;
  const score = Math.round(100 * (1 - meanDistance / (scale.max - scale.min)));
  return {
    score,
    compared: deviations.length,
    deviations,
    drifts: deviations.filter((deviation) => deviation.level === 'drift'),
  };
}

/** The mean of the channels' scores that could be computed, rounded; null when there are none. */
export function overallConsistency(results: readonly ToneConsistency[]): number | null {
  const scores = results
    .map((result) => result.score)
    .filter((score): score is number => score !== null);
  if (scores.length === 0) return null;
  return Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length);
}

/** How each end of a dimension reads in a comparison. */
export interface DimensionComparatives {
  towardsLow: string;
  towardsHigh: string;
}

/** "more formal", "slightly funnier", "far more matter-of-fact"; empty when the scores match. */
export function deviationPhrase(dimension: DimensionComparatives, difference: number): string {
  const distance = Math.abs(difference);
  if (!(distance >= 1)) return '';
  const direction = difference < 0 ? dimension.towardsLow : dimension.towardsHigh;
  if (distance >= farThreshold) return `far ${direction}`;
  return distance >= driftThreshold ? direction : `slightly ${direction}`;
}

/** "a, b and c" */
export function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * One sentence on how a channel differs from the brand, e.g. "Email is more formal and slightly
 * funnier than the brand."; null when every compared dimension matches.
 */
export function describeDeviations(
  channelName: string,
  deviations: readonly ToneDeviation[],
  dimensions: readonly DimensionComparatives[],
): string | null {
  const phrases = deviations
    .filter((deviation) => deviation.level !== 'match')
    .map((deviation) => {
      const dimension = dimensions[deviation.dimension];
      return dimension ? deviationPhrase(dimension, deviation.difference) : '';
    })
    .filter((phrase) => phrase !== '');
  if (phrases.length === 0) return null;
  return `${channelName} is ${joinWithAnd(phrases)} than the brand.`;
}
