import {
  deviationPhrase,
  driftThreshold,
  joinWithAnd,
  overallConsistency,
} from '../domain/tone-consistency';
import type { ToneDriftData } from './chart-data';
import { toneDriftModel, type ToneDriftChannel, type ToneDriftModel } from './tone-drift-model';

/** Channels named one by one in a sentence of the summary; the rest are counted. */
const maxNamed = 4;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Email, PR and Website", or "Email, PR, Website, Social media and 3 more". */
function namesOf(channels: readonly ToneDriftChannel[]): string {
  const names = channels.slice(0, maxNamed).map((channel) => channel.name);
  const rest = channels.length - names.length;
  return joinWithAnd(rest > 0 ? [...names, `${rest} more`] : names);
}

function driftDetail(channel: ToneDriftChannel, model: ToneDriftModel): string {
  const phrases = channel.consistency.drifts.map((drift) => {
    const dimension = model.dimensions[drift.dimension];
    return dimension ? deviationPhrase(dimension, drift.difference) : '';
  });
  return `${channel.name} (${channel.consistency.score} %) is ${joinWithAnd(phrases)}`;
}

/**
 * The chart said in a few sentences, for the figure's caption on screen and the image's alt text
 * in documents: how consistent the channels are overall, which drift and how, which are not
 * scored yet.
 */
export function summariseToneDrift(data: ToneDriftData): string {
  const model = toneDriftModel(data);
  const { channels, hiddenChannels } = model;
  const hidden =
    hiddenChannels > 0
      ? ` ${plural(hiddenChannels, 'more channel is', 'more channels are')} not charted.`
      : '';
  if (model.dimensions.length === 0 || channels.length === 0)
    return `No channels to compare with the brand’s tone of voice yet.${hidden}`;
  const channelCount = plural(channels.length + hiddenChannels, 'channel', 'channels');
  if (model.brand.every((score) => score === null))
    return `The brand’s own tone of voice is not scored yet, so its ${channelCount} cannot be compared with it.${hidden}`;

  const compared = channels.filter((channel) => channel.consistency.score !== null);
  const unscored = channels.filter((channel) => channel.consistency.score === null);
  if (compared.length === 0)
    return `None of the ${channelCount} has a tone score to compare with the brand’s yet.${hidden}`;

  const overall = overallConsistency(compared.map((channel) => channel.consistency));
  const sentences = [
    `Tone of voice on ${plural(compared.length, 'channel', 'channels')} compared with the brand’s: ${overall} % consistent overall.`,
  ];
  const drifting = compared
    .filter((channel) => channel.consistency.drifts.length > 0)
    .sort((a, b) => (a.consistency.score ?? 0) - (b.consistency.score ?? 0));
  if (drifting.length === 0) {
    sentences.push(
      `No channel is ${driftThreshold} points or more from the brand on any dimension.`,
    );
  } else {
    const named = drifting.slice(0, maxNamed).map((channel) => driftDetail(channel, model));
    const rest = drifting.length - named.length;
    sentences.push(
      `${plural(drifting.length, 'channel drifts', 'channels drift')} from the brand: ${named.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}.`,
    );
  }
  const best = [...compared].sort(
    (a, b) => (b.consistency.score ?? 0) - (a.consistency.score ?? 0),
  )[0];
  if (best && compared.length > 1 && best.consistency.drifts.length === 0)
    sentences.push(`Closest to the brand: ${best.name} (${best.consistency.score} %).`);
  if (unscored.length > 0) sentences.push(`Not scored yet: ${namesOf(unscored)}.`);
  return sentences.join(' ') + hidden;
}
