/** The emotion scale of the journey map, from −2 (very negative) to +2 (very positive). */
export const emotionLevels = [
  { score: 2, label: 'Very positive' },
  { score: 1, label: 'Positive' },
  { score: 0, label: 'Neutral' },
  { score: -1, label: 'Negative' },
  { score: -2, label: 'Very negative' },
] as const;

export const minEmotion = -2;
export const maxEmotion = 2;

/** "+2", "0", "−1" — with a true minus sign, as a consultant would write it on a board. */
export function formatEmotion(score: number): string {
  if (score > 0) return `+${score}`;
  if (score < 0) return `−${Math.abs(score)}`;
  return '0';
}

/** A score that can be drawn: a whole number on the scale, anything else is "not scored". */
export function usableEmotion(score: number | null | undefined): number | null {
  if (typeof score !== 'number' || !Number.isFinite(score)) return null;
  return Math.min(maxEmotion, Math.max(minEmotion, Math.round(score)));
}
