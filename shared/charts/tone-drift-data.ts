import { toneDimensions, toneScale, toneScores, type ToneProfile } from '../domain/tone';
import type { ToneDriftData } from './chart-data';

/** The chart's data from the brand's profile and its channels, in the worksheet's order. */
export function toToneDriftData(
  brandTone: ToneProfile,
  channels: readonly { name: string; tone: ToneProfile }[],
): ToneDriftData {
  return {
    dimensions: toneDimensions.map((dimension) => dimension.label),
    brand: toneScores(brandTone),
    channels: channels.map((channel) => ({ name: channel.name, scores: toneScores(channel.tone) })),
    min: toneScale.min,
    max: toneScale.max,
    poles: toneDimensions.map(({ low, high, towardsLow, towardsHigh }) => ({
      low,
      high,
      towardsLow,
      towardsHigh,
    })),
  };
}
