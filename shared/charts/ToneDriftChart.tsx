import { ReferenceArea, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { deviationLevel } from '../domain/tone-consistency';
import type { ToneDriftData } from './chart-data';
import { ink, inkSoft, svgFont } from './chart-style';
import { toneDriftGeometry, toneDriftLayout, type ToneDriftLayout } from './tone-drift-layout';
import { toneDriftModel, type ToneDriftModel } from './tone-drift-model';
import { summariseToneDrift } from './tone-drift-summary';
import { ToneDriftLegend } from './tone-drift-legend';
import { brandLineStyle, Mark, markLevels, markStyle, type MarkLevel } from './tone-drift-marks';

const panelFill = '#f4f6f9';

/** Every tick shown, no axis line or tick marks: the panels and rows frame the plot. */
const plainAxis = {
  interval: 0,
  allowDataOverflow: true,
  axisLine: false,
  tickLine: false,
} as const;

interface TickProps {
  x: number | string;
  y: number | string;
  payload: { value: unknown };
}

/** A tick label as plain SVG text: recharts' own tick text measures itself to wrap. */
function tickText(
  label: (value: unknown) => string,
  style: { dy: number; textAnchor: 'middle' | 'end'; fill: string },
) {
  return function TickText({ x, y, payload }: TickProps) {
    return (
      <text x={x} y={y} {...style}>
        {label(payload.value)}
      </text>
    );
  };
}

/** One channel's score as a point. Field names are not SVG attributes (recharts spreads data). */
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
 * Fixed size and no measured text, so it draws the same on screen and headless in main.
 */
export function ToneDriftChart({ data, animate }: { data: ToneDriftData; animate?: boolean }) {
  const model = toneDriftModel(data);
  const layout = toneDriftLayout(model);
  const summary = summariseToneDrift(data);
  const points = driftPoints(model, layout);
  const ticks = scaleTicks(model, layout);
  const tickLabel = new Map(ticks.map((tick) => [tick.at, tick.label]));
  const rowTicks = Array.from({ length: layout.rows }, (_, row) => row);
  const { plot } = layout;

  return (
    <ScatterChart
      width={layout.width}
      height={layout.height}
      margin={layout.margin}
      accessibilityLayer={false}
      title="Tone of voice per channel against the brand"
      desc={summary}
      role="img"
      aria-label={summary}
      {...svgFont}
    >
      {model.dimensions.map((_, dimension) => {
        const { start, end } = layout.panel(dimension);
        return (
          <ReferenceArea
            key={`panel-${dimension}`}
            x1={start}
            x2={end}
            y1={-0.5}
            y2={layout.rows - 0.5}
            fill={panelFill}
            fillOpacity={1}
            stroke="none"
            ifOverflow="visible"
            zIndex={-100}
          />
        );
      })}
      {rowTicks.slice(1).map((row) => (
        <ReferenceLine
          key={`row-${row}`}
          y={row - 0.5}
          stroke="#d9dee6"
          strokeWidth={1}
          ifOverflow="visible"
          zIndex={-50}
        />
      ))}
      <XAxis
        {...plainAxis}
        type="number"
        dataKey="along"
        domain={[0, layout.domainEnd]}
        ticks={ticks.map((tick) => tick.at)}
        height={toneDriftGeometry.axisHeight}
        tick={tickText((value) => tickLabel.get(value as number) ?? '', {
          dy: 10,
          textAnchor: 'middle',
          fill: inkSoft,
        })}
      />
      <YAxis
        {...plainAxis}
        type="number"
        dataKey="row"
        domain={[-0.5, layout.rows - 0.5]}
        reversed
        ticks={rowTicks}
        width={toneDriftGeometry.nameWidth}
        tick={tickText((value) => model.channels[value as number]?.shortName ?? '', {
          dy: 4,
          textAnchor: 'end',
          fill: ink,
        })}
      />
      {model.brand.map((score, dimension) =>
        score === null ? null : (
          <ReferenceLine
            key={`brand-${dimension}`}
            x={layout.along(dimension, score)}
            stroke={brandLineStyle.colour}
            strokeWidth={brandLineStyle.width}
            ifOverflow="visible"
          />
        ),
      )}
      {points.map((point, index) =>
        point.brandAlong === null || point.brandAlong === point.along ? null : (
          <ReferenceLine
            key={`join-${index}`}
            segment={[
              { x: point.brandAlong, y: point.row },
              { x: point.along, y: point.row },
            ]}
            stroke={markStyle[point.level].colour}
            strokeWidth={2}
            ifOverflow="visible"
          />
        ),
      )}
      {markLevels.map((level) => (
        <Scatter
          key={level}
          name={markStyle[level].name}
          className={`tone-drift-series tone-drift-series--${level}`}
          data={points.filter((point) => point.level === level)}
          isAnimationActive={animate ?? false}
          shape={(props: { cx?: number; cy?: number }) => (
            <Mark level={level} cx={props.cx ?? 0} cy={props.cy ?? 0} />
          )}
        />
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
    </ScatterChart>
  );
}

/** The chart's size for this data, e.g. for an image's dimensions in a document. */
export function toneDriftChartSize(data: ToneDriftData): { width: number; height: number } {
  const { width, height } = toneDriftLayout(toneDriftModel(data));
  return { width, height };
}
