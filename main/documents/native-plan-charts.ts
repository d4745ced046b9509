import type { BarChartOptions, LineChartOptions } from 'docx/charts';
import {
  forChartKind,
  type ChartDataByKind,
  type ChartKind,
} from '../../shared/charts/chart-kinds';
import { scenarioColours, seriesColour } from '../../shared/charts/chart-style';
import { phaseDisplayName } from '../../shared/charts/chart-text';
import { brandLineStyle } from '../../shared/charts/tone-drift-marks';
import { toneDriftModel } from '../../shared/charts/tone-drift-model';

/**
 * A chart Word draws itself from its data (docx's ChartRun), which the client can edit in Word:
 * the options without its size and alt text, which the document adds where it places it.
 */
export type NativeChart =
  | Omit<LineChartOptions, 'transformation' | 'altText'>
  | Omit<BarChartOptions, 'transformation' | 'altText'>;

/** The charts that can be native Word charts: the plan's line and bar charts. */
export const nativeChartKinds = ['emotion-curve', 'reverse-funnel', 'tone-drift'] as const;
type NativeKind = (typeof nativeChartKinds)[number];

export function canBeNative(kind: ChartKind): kind is NativeKind {
  return (nativeChartKinds as readonly string[]).includes(kind);
}

/** Word's colours are six hex digits without the #. */
const wordColour = (colour: string) => colour.replace(/^#/, '');

const font = { name: 'Liberation Sans' };

function emotionCurve(data: ChartDataByKind['emotion-curve']): NativeChart | undefined {
  if (data.phases.length === 0 || data.personas.length === 0) return undefined;
  return {
    type: 'line',
    font,
    markers: true,
    legend: { position: 'top' },
    categories: data.phases.map((name, index) => phaseDisplayName(name, index)),
    series: data.personas.map((persona, index) => ({
      name: persona.name.trim() || `Persona ${index + 1}`,
      values: persona.scores,
      color: wordColour(seriesColour(index)),
    })),
    // The phases along the foot of the plot, below the most negative score.
    categoryAxis: { crossesAt: 'minimum' },
    valueAxis: { minimum: -2, maximum: 2, interval: 1, numberFormat: '+0;−0;0' },
  };
}

function reverseFunnel(data: ChartDataByKind['reverse-funnel']): NativeChart | undefined {
  if (data.phases.length === 0) return undefined;
  const scenario = (key: 'cautious' | 'expected' | 'ambitious', name: string) => ({
    name,
    values: data.phases.map((phase) => phase[key]),
    color: wordColour(scenarioColours[key]),
  });
  const known = data.phases.some((phase) => phase.baseline !== null);
  return {
    type: 'bar',
    font,
    legend: { position: 'top' },
    categories: data.phases.map((phase, index) => phaseDisplayName(phase.name, index)),
    series: [
      scenario('cautious', 'Cautious'),
      scenario('expected', 'Expected'),
      scenario('ambitious', 'Ambitious'),
      ...(known
        ? [
            {
              name: 'Today',
              values: data.phases.map((phase) => phase.baseline),
              color: wordColour(scenarioColours.baseline),
            },
          ]
        : []),
    ],
    // The first phase at the top, as in the funnel: each phase needs the volume below it.
    categoryAxis: { reverseOrder: true },
    valueAxis: { minimum: 0, numberFormat: '#,##0', title: data.unit.trim() || 'people' },
  };
}

function toneDrift(data: ChartDataByKind['tone-drift']): NativeChart | undefined {
  const model = toneDriftModel(data);
  if (model.dimensions.length === 0) return undefined;
  return {
    type: 'bar',
    font,
    legend: { position: 'top' },
    categories: model.dimensions.map((dimension) => dimension.label),
    series: [
      { name: 'The brand', values: model.brand, color: wordColour(brandLineStyle.colour) },
      ...model.channels.map((channel) => ({ name: channel.name, values: channel.scores })),
    ],
    categoryAxis: { reverseOrder: true },
    valueAxis: { minimum: model.scale.min, maximum: model.scale.max, interval: 1 },
  };
}

/**
 * The chart as a native Word chart, or undefined when it is not one of the plan's line and bar
 * charts or has nothing to plot (Word cannot draw a chart without categories or series).
 */
export function nativeChart<K extends ChartKind>(
  kind: K,
  data: ChartDataByKind[K],
): NativeChart | undefined {
  return forChartKind<NativeChart | undefined, K>(
    {
      'emotion-curve': emotionCurve,
      'reverse-funnel': reverseFunnel,
      'tone-drift': toneDrift,
      'campaign-timeline': () => undefined,
      'investment-return': () => undefined,
    },
    kind,
    data,
  );
}
