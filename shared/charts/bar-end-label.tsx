import { inkSoft } from './chart-style';

const labelSize = 10;

export interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/**
 * A plain <text> at a horizontal bar's end (recharts' own label may measure and wrap text);
 * `format` says the value, '' for a bar that has none.
 */
export function BarEndLabel({
  x,
  y,
  width,
  height,
  value,
  format,
}: BarLabelProps & { format: (value: unknown) => string }) {
  const text = format(value);
  if (text === '') return null;
  return (
    <text
      x={Number(x) + Number(width) + 4}
      y={Number(y) + Number(height) / 2 + labelSize * 0.35}
      fill={inkSoft}
      fontSize={labelSize}
    >
      {text}
    </text>
  );
}
