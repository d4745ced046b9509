import { deviationLevel } from '../domain/tone-consistency';
import type { ToneDriftData } from './chart-data';
import { px } from './chart-scales';
import { ink, inkSoft } from './chart-style';
import { ChartSvg } from './ChartSvg';
import { toneDriftGeometry, toneDriftLayout, type ToneDriftLayout } from './tone-drift-layout';
import { toneDriftModel, type ToneDriftModel } from './tone-drift-model';
import { summariseToneDrift } from './tone-drift-summary';
import { ToneDriftLegend } from './tone-drift-legend';
import { brandLineStyle, Mark, markLevels, markStyle, type MarkLevel } from './tone-drift-marks';

const panelFill = '#f4f6f9';
const rowLine = '#d9dee6';

/** One channel's score as a point. */
interface DriftPoint {
  along: number;
  row: number;
  brandAlong: number | null;
  level: MarkLevel;
}

function driftPoints(model: ToneDriftModel, layout: ToneDriftLayout): DriftPoint[] {
  return model.channels.flatMap((channel, row) =>
    channel.scores.flatMap((score, dimension) => {
      if (score === null) return [];
      const brand = model.brand[dimension] ?? null;
      return [
        {
          along: layout.along(dimension, score),
          row,
          brandAlong: brand === null ? null : layout.along(dimension, brand),
          level: brand === null ? 'uncompared' : deviationLevel(score - brand),
        },
      ];
    }),
  );
}

/** The scale's points under each panel: 1 2 3 4 5. */
function scaleTicks(model: ToneDriftModel, layout: ToneDriftLayout) {
  const { min, max } = model.scale;
  const steps = Number.isInteger(min) && Number.isInteger(max) && max - min <= 10;
  const values = steps ? Array.from({ length: max - min + 1 }, (_, i) => min + i) : [min, max];
  return model.dimensions.flatMap((_, dimension) =>
    values.map((value) => ({ at: layout.along(dimension, value), label: String(value) })),
  );
}

/**
 * Each channel's tone of voice against the brand's, one row per channel and one panel per
 * dimension: the brand's score is a bold vertical line, the channel's a mark joined to it, so the
 * length and colour of the join show the drift. The consistency score stands at the row's end.
 * Fixed size and no measured text, so it draws the same on screen and in documents.
 */
export function ToneDriftChart({ data }: { data: ToneDriftData }) {
  const model = toneDriftModel(data);
  const layout = toneDriftLayout(model);
  const summary = summariseToneDrift(data);
  const points = driftPoints(model, layout);
  const ticks = scaleTicks(model, layout);
  const { plot } = layout;
  const top = plot.top;
  const bottom = plot.top + plot.height;
  const x = (along: number) => px(layout.pixelX(along));
  const rowEdge = (row: number) => px(layout.pixelY(row) - toneDriftGeometry.rowHeight / 2);

  return (
    <ChartSvg
      className="tone-drift"
      width={layout.width}
      height={layout.height}
      title="Tone of voice per channel against the brand"
      summary={summary}
    >
      <g className="tone-drift-panels" fill={panelFill}>
        {model.dimensions.map((_, dimension) => {
          const { start, end } = layout.panel(dimension);
          return (
            <rect
              key={dimension}
              x={x(start)}
              y={top}
              width={px(layout.pixelX(end) - layout.pixelX(start))}
              height={plot.height}
            />
          );
        })}
      </g>
      <g className="tone-drift-rows" stroke={rowLine}>
        {Array.from({ length: layout.rows - 1 }, (_, row) => (
          <line
            key={row}
            x1={plot.left}
            y1={rowEdge(row + 1)}
            x2={plot.left + plot.width}
            y2={rowEdge(row + 1)}
          />
        ))}
      </g>
      <g className="chart-axis chart-axis--scale" fill={inkSoft}>
        {ticks.map((tick, index) => (
          <text key={index} x={x(tick.at)} y={bottom + 18} textAnchor="middle">
            {tick.label}
          </text>
        ))}
      </g>
      <g className="chart-axis chart-axis--channels" fill={ink}>
        {model.channels.map((channel, row) => (
          <text key={row} x={plot.left - 8} y={px(layout.pixelY(row) + 4)} textAnchor="end">
            {channel.shortName}
          </text>
        ))}
      </g>
      <g
        className="tone-drift-brand"
        stroke={brandLineStyle.colour}
        strokeWidth={brandLineStyle.width}
      >
        {model.brand.map((score, dimension) =>
          score === null ? null : (
            <line
              key={dimension}
              x1={x(layout.along(dimension, score))}
              y1={top}
              x2={x(layout.along(dimension, score))}
              y2={bottom}
            />
          ),
        )}
      </g>
      <g className="tone-drift-joins" strokeWidth={2}>
        {points.map((point, index) =>
          point.brandAlong === null || point.brandAlong === point.along ? null : (
            <line
              key={index}
              x1={x(point.brandAlong)}
              y1={px(layout.pixelY(point.row))}
              x2={x(point.along)}
              y2={px(layout.pixelY(point.row))}
              stroke={markStyle[point.level].colour}
            />
          ),
        )}
      </g>
      {markLevels.map((level) => (
        <g key={level} className={`tone-drift-series tone-drift-series--${level}`}>
          {points
            .filter((point) => point.level === level)
            .map((point, index) => (
              <Mark
                key={index}
                level={level}
                cx={x(point.along)}
                cy={px(layout.pixelY(point.row))}
              />
            ))}
        </g>
      ))}
      <g className="tone-drift-labels" fill={ink}>
        {model.dimensions.map((dimension, index) => {
          const { start, end } = layout.panel(index);
          const left = layout.pixelX(start);
          const right = layout.pixelX(end);
          return (
            <g key={`dimension-${index}`}>
              <text x={(left + right) / 2} y={plot.top - 34} textAnchor="middle" fontWeight={700}>
                {dimension.label}
              </text>
              {model.brand[index] === null ? (
                <text x={(left + right) / 2} y={plot.top - 16} textAnchor="middle" fill={inkSoft}>
                  brand not scored
                </text>
              ) : null}
              <text x={left + 2} y={layout.endLabelY} textAnchor="start" fill={inkSoft}>
                {dimension.low}
              </text>
              <text x={right - 2} y={layout.endLabelY} textAnchor="end" fill={inkSoft}>
                {dimension.high}
              </text>
            </g>
          );
        })}
        <text x={layout.width - 8} y={plot.top - 16} textAnchor="end" fontWeight={700}>
          Consistency
        </text>
        {model.channels.map((channel, row) => (
          <text
            key={`consistency-${row}`}
            x={layout.width - 8}
            y={layout.pixelY(row) + 4}
            textAnchor="end"
            fontWeight={channel.consistency.drifts.length > 0 ? 700 : 400}
            fill={channel.consistency.drifts.length > 0 ? markStyle.drift.colour : ink}
          >
            {channel.consistency.score === null ? '–' : `${channel.consistency.score} %`}
          </text>
        ))}
        {model.channels.length === 0 ? (
          <text x={plot.left + plot.width / 2} y={layout.pixelY(0) + 4} textAnchor="middle">
            No channels yet
          </text>
        ) : null}
      </g>
      <ToneDriftLegend layout={layout} hiddenChannels={model.hiddenChannels} />
    </ChartSvg>
  );
}

/** The chart's size for this data, e.g. for an image's dimensions in a document. */
export function toneDriftChartSize(data: ToneDriftData): { width: number; height: number } {
  const { width, height } = toneDriftLayout(toneDriftModel(data));
  return { width, height };
}
