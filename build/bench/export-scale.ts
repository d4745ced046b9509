import type { ScalePoint } from './export-scale-probe';
import { runProbe } from './probe-process';
import type { Measurement } from './report';

const listNames = { campaigns: 'campaigns', actionItems: 'action items' } as const;

/**
 * The scale report: export time of the busy plan at three sizes of each list, and how the cost
 * of one more item changes from the smaller sizes to the larger (1 is linear growth).
 */
export async function measureExportScale(): Promise<Measurement[]> {
  const points = await runProbe<ScalePoint[]>('export-scale-probe.ts');
  const measurements: Measurement[] = [];
  for (const list of ['campaigns', 'actionItems'] as const) {
    const series = points.filter((point) => point.list === list);
    for (const point of series)
      measurements.push({
        label: `Scale: plan with ${point.count.toLocaleString('en')} ${listNames[list]}${point.withinLimits ? '' : ' (past the app’s limit)'}`,
        value: point.ms,
        unit: 'ms',
      });
    const perItem = series.slice(1).map((point, index) => {
      const before = series[index] as ScalePoint;
      return (point.ms - before.ms) / (point.count - before.count);
    });
    const [first = Number.NaN, last = Number.NaN] = [perItem[0], perItem[perItem.length - 1]];
    measurements.push(
      ...perItem.map((ms, index) => ({
        label: `Scale: cost of one more of the ${listNames[list]}, ${series[index]?.count}→${series[index + 1]?.count}`,
        value: ms,
        unit: 'ms',
      })),
      {
        label: `Scale: growth of that cost with the ${listNames[list]} (1 = linear)`,
        // A cost per item within noise of zero says nothing of growth; count it as linear.
        value: first <= 0.05 ? 1 : Math.max(0, last) / first,
        unit: '×',
        budget: 'exportCostPerItemGrowth',
      },
    );
  }
  return measurements;
}
