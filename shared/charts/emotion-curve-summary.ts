import { formatEmotion, usableEmotion } from '../domain/emotion-scale';
import type { EmotionCurveData } from './chart-data';

/** "A", "A and B", "A, B and C", "A, B, C and 2 more phases". */
function listNames(names: readonly string[], kind = 'phases'): string {
  const shown = names.length > 4 ? names.slice(0, 3) : names;
  const more = names.length - shown.length;
  const parts = more > 0 ? [...shown, `${more} more ${kind}`] : [...shown];
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The sharpest fall between neighbouring scored phases: the pain point a campaign should address. */
function sharpestDrop(scores: readonly (number | null)[]) {
  let drop: { from: number; to: number; size: number } | null = null;
  for (let index = 1; index < scores.length; index += 1) {
    const before = scores[index - 1] ?? null;
    const after = scores[index] ?? null;
    if (before === null || after === null || before <= after) continue;
    if (drop === null || before - after > drop.size)
      drop = { from: index - 1, to: index, size: before - after };
  }
  return drop;
}

interface SeriesWording {
  /** Who the sentences are about: "Emotion", or a persona's name. */
  subject: string;
  /** How the unscored phases are introduced: "Not scored", "Not scored for Maya". */
  missing: string;
}

function describeSeries(
  phases: readonly string[],
  rawScores: readonly (number | null)[],
  { subject, missing }: SeriesWording,
): string {
  const scores = phases.map((_, index) => usableEmotion(rawScores[index]));
  const scored = scores.flatMap((score, index) =>
    score === null ? [] : [{ score, phase: phases[index] ?? '' }],
  );
  const values = scored.map((entry) => entry.score);
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const at = (value: number) =>
    listNames(scored.filter((entry) => entry.score === value).map((entry) => entry.phase));
  const sentences =
    lowest === highest
      ? [`${subject} stays at ${formatEmotion(lowest)} in every scored phase.`]
      : [
          `${subject} is lowest at ${at(lowest)} (${formatEmotion(lowest)}) and highest at ${at(highest)} (${formatEmotion(highest)}).`,
        ];
  const drop = sharpestDrop(scores);
  if (drop) {
    sentences.push(
      `The sharpest drop is from ${phases[drop.from]} to ${phases[drop.to]} (${formatEmotion(scores[drop.from] ?? 0)} to ${formatEmotion(scores[drop.to] ?? 0)}).`,
    );
  }
  const unscored = phases.filter((_, index) => scores[index] === null);
  if (unscored.length > 0) sentences.push(`${missing}: ${listNames(unscored)}.`);
  return sentences.join(' ');
}

/**
 * The chart said in words: its text alternative on screen (aria-label, caption) and in documents.
 * Unscored phases are named as such, never counted as neutral.
 */
export function summariseEmotionCurve(data: EmotionCurveData): string {
  const { phases } = data;
  if (phases.length === 0)
    return 'The journey map has no phases yet, so there is no emotion curve.';
  const series = data.personas.filter((line) =>
    phases.some((_, index) => usableEmotion(line.scores[index]) !== null),
  );
  if (series.length === 0) {
    return phases.length === 1
      ? 'The one phase of the journey has no emotion score yet.'
      : `None of the ${phases.length} phases of the journey has an emotion score yet.`;
  }
  const span =
    phases.length === 1
      ? `Emotion in the one phase of the journey, ${phases[0]}`
      : `Emotion across ${phases.length} phases, from ${phases[0]} to ${phases[phases.length - 1]}`;
  const unscored = data.personas.filter((line) => !series.includes(line));
  const notYet =
    unscored.length > 0
      ? [
          `No scores yet for ${listNames(
            unscored.map((line) => line.name),
            'curves',
          )}.`,
        ]
      : [];
  if (series.length === 1) {
    const line = series[0] as EmotionCurveData['personas'][number];
    const wording = { subject: 'Emotion', missing: 'Not scored' };
    return [
      `${span} (${line.name}).`,
      describeSeries(phases, line.scores, wording),
      ...notYet,
    ].join(' ');
  }
  return [
    `${span}, for ${listNames(
      series.map((line) => line.name),
      'curves',
    )}.`,
    ...series.map((line) =>
      describeSeries(phases, line.scores, {
        subject: line.name,
        missing: `Not scored for ${line.name}`,
      }),
    ),
    ...notYet,
  ].join(' ');
}
