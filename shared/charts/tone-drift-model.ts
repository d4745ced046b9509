import {
  compareTone,
  usableScale,
  usableScore,
  type ToneConsistency,
  type ToneScaleRange,
} from '../domain/tone-consistency';
import type { ToneDriftData } from './chart-data';
import { truncateText } from './chart-text';

/** The chart and its summary stay readable up to this many channels; more are left out, said so. */
export const toneDriftMaxChannels = 20;
/** Four in the method; a few more still fit the chart's width. */
const maxDimensions = 6;
/** Longer names are shortened on the chart (the worksheet shows them whole). */
const maxChartNameLength = 22;
const maxNameLength = 60;

export interface ToneDriftDimension {
  label: string;
  low: string;
  high: string;
  towardsLow: string;
  towardsHigh: string;
}

export interface ToneDriftChannel {
  /** Cleaned, for sentences. */
  name: string;
  /** Shortened to fit the chart's row label. */
  shortName: string;
  /** As drawn: a score on the scale, or null. */
  scores: (number | null)[];
  consistency: ToneConsistency;
}

/** The chart data made safe to draw: usable scale and scores, bounded counts, clean names. */
export interface ToneDriftModel {
  scale: ToneScaleRange;
  dimensions: ToneDriftDimension[];
  brand: (number | null)[];
  channels: ToneDriftChannel[];
  /** Channels beyond toneDriftMaxChannels, not drawn. */
  hiddenChannels: number;
}

function cleanText(value: unknown, fallback: string, max: number): string {
  const text = typeof value === 'string' ? truncateText(value, max) : '';
  return text === '' ? fallback : text;
}

/** "Funny – Serious" → Funny / Serious, for data that does not name its poles. */
function polesFromLabel(label: string): Omit<ToneDriftDimension, 'label'> {
  const [low = label, high = label] = label.split(/\s+[–—-]\s+/);
  return {
    low,
    high,
    towardsLow: `more ${low.toLowerCase()}`,
    towardsHigh: `more ${high.toLowerCase()}`,
  };
}

export function toneDriftModel(data: ToneDriftData): ToneDriftModel {
  const scale = usableScale({ min: data.min, max: data.max });
  const labels = Array.isArray(data.dimensions) ? data.dimensions.slice(0, maxDimensions) : [];
  const dimensions = labels.map((raw, index) => {
    const label = cleanText(raw, `Dimension ${index + 1}`, 40);
    const poles = data.poles?.[index];
    return poles ? { label, ...poles } : { label, ...polesFromLabel(label) };
  });
  const scoresOf = (values: unknown) =>
    dimensions.map((_, index) =>
      usableScore(Array.isArray(values) ? values[index] : undefined, scale),
    );
  const brand = scoresOf(data.brand);
  const allChannels = Array.isArray(data.channels) ? data.channels : [];
  const channels = allChannels.slice(0, toneDriftMaxChannels).map((channel, index) => {
    const scores = scoresOf(channel?.scores);
    const fallback = `Channel ${index + 1}`;
    return {
      name: cleanText(channel?.name, fallback, maxNameLength),
      shortName: cleanText(channel?.name, fallback, maxChartNameLength),
      scores,
      consistency: compareTone(brand, scores, scale),
    };
  });
  return {
    scale,
    dimensions,
    brand,
    channels,
    hiddenChannels: Math.max(allChannels.length - toneDriftMaxChannels, 0),
  };
}
