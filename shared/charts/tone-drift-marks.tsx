import type { DeviationLevel } from '../domain/tone-consistency';
import { ink } from './chart-style';

/** How a channel's score stands against the brand's; 'uncompared' when the brand has no score. */
export type MarkLevel = DeviationLevel | 'uncompared';

export const markLevels: readonly MarkLevel[] = ['match', 'slight', 'drift', 'uncompared'];

/** Colour and shape both tell the levels apart, so the chart reads in greyscale print too. */
export const markStyle: Record<MarkLevel, { colour: string; name: string }> = {
  match: { colour: '#2e8b57', name: 'Same as the brand' },
  slight: { colour: '#d9822b', name: '1 point off' },
  drift: { colour: '#b3261e', name: 'Drifts: 2+ points off' },
  uncompared: { colour: '#7d8a9c', name: 'Brand not scored' },
};

export const brandLineStyle = { colour: ink, width: 3, name: 'The brand’s profile' };

/** One channel's score: circle (same), triangle (1 point off), diamond (drift), square (no brand). */
export function Mark({ level, cx, cy }: { level: MarkLevel; cx: number; cy: number }) {
  const { colour } = markStyle[level];
  switch (level) {
    case 'match':
      return <circle cx={cx} cy={cy} r={6} fill={colour} />;
    case 'slight':
      return <path d={`M${cx},${cy - 7}L${cx + 7},${cy + 5}L${cx - 7},${cy + 5}Z`} fill={colour} />;
    case 'drift':
      return (
        <path
          d={`M${cx},${cy - 8}L${cx + 8},${cy}L${cx},${cy + 8}L${cx - 8},${cy}Z`}
          fill={colour}
        />
      );
    default:
      return (
        <rect
          x={cx - 5}
          y={cy - 5}
          width={10}
          height={10}
          fill="#ffffff"
          stroke={colour}
          strokeWidth={2}
        />
      );
  }
}
