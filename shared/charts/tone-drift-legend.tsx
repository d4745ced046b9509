import type { ToneDriftLayout } from './tone-drift-layout';
import { ink, inkSoft } from './chart-style';
import { brandLineStyle, Mark, markLevels, markStyle } from './tone-drift-marks';

/** The legend, drawn inside the SVG so documents carry it too. */
export function ToneDriftLegend({
  layout,
  hiddenChannels,
}: {
  layout: ToneDriftLayout;
  hiddenChannels: number;
}) {
  const slot = 168;
  const y = layout.legendY;
  return (
    <g className="tone-drift-legend" fill={ink}>
      <line
        x1={layout.margin.left}
        x2={layout.margin.left + 22}
        y1={y - 4}
        y2={y - 4}
        stroke={brandLineStyle.colour}
        strokeWidth={brandLineStyle.width}
      />
      <text x={layout.margin.left + 28} y={y}>
        {brandLineStyle.name}
      </text>
      {markLevels.map((level, index) => {
        const x = layout.margin.left + slot * (index + 1);
        return (
          <g key={level}>
            <Mark level={level} cx={x + 8} cy={y - 4} />
            <text x={x + 22} y={y}>
              {markStyle[level].name}
            </text>
          </g>
        );
      })}
      {hiddenChannels > 0 ? (
        <text x={layout.width - 8} y={y} textAnchor="end" fill={inkSoft}>
          {`+${hiddenChannels} not shown`}
        </text>
      ) : null}
    </g>
  );
}
