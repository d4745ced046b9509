import { px } from './chart-scales';
import { inkSoft } from './chart-style';

const labelSize = 10;

/**
 * A horizontal bar's value as plain <text> just past its end, centred on the bar; '' draws
 * nothing.
 */
export function BarEndLabel({
  end,
  barTop,
  barSize,
  text,
}: {
  /** Where the bar ends, in pixels. */
  end: number;
  barTop: number;
  barSize: number;
  text: string;
}) {
  if (text === '') return null;
  return (
    <text
      x={px(end + 4)}
      y={px(barTop + barSize / 2 + labelSize * 0.35)}
      fill={inkSoft}
      fontSize={labelSize}
    >
      {text}
    </text>
  );
}
