import { ink } from './chart-style';
import { charWidth, textUnits, truncateText } from './chart-text';

const rowHeight = 18;
const swatch = 12;

export interface SwatchLegendEntry {
  name: string;
  colour: string;
  x: number;
  y: number;
}

/**
 * Colour-swatch legend entries laid out in rows from the data alone (text width is estimated from
 * its length, never measured), so the screen and the headless renderer place them the same.
 */
export function layoutSwatchLegend(
  items: readonly { name: string; colour: string }[],
  left: number,
  right: number,
  maxChars = 24,
): { entries: SwatchLegendEntry[]; height: number } {
  const entries: SwatchLegendEntry[] = [];
  let x = left;
  let row = 0;
  for (const item of items) {
    const name = truncateText(item.name, maxChars);
    const itemWidth = swatch + 6 + textUnits(name) * charWidth + 18;
    if (x > left && x + itemWidth > right) {
      row += 1;
      x = left;
    }
    entries.push({ name, colour: item.colour, x, y: 14 + row * rowHeight });
    x += itemWidth;
  }
  return { entries, height: entries.length === 0 ? 0 : (row + 1) * rowHeight };
}

/** Drawn inside the SVG, so documents carry it too. */
export function SwatchLegend({ entries }: { entries: readonly SwatchLegendEntry[] }) {
  return (
    <g className="chart-legend">
      {entries.map((entry) => (
        <g key={`${entry.name}-${entry.x}-${entry.y}`}>
          <rect
            x={entry.x}
            y={entry.y - swatch + 2}
            width={swatch}
            height={swatch}
            rx={2}
            fill={entry.colour}
          />
          <text x={entry.x + swatch + 6} y={entry.y} fill={ink}>
            {entry.name}
          </text>
        </g>
      ))}
    </g>
  );
}
