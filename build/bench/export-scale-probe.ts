import { buildMarketingPlanDocument } from '../../main/documents/marketing-plan-document';
import { packDocument } from '../../main/documents/pack-document';
import { pageFonts } from '../../main/documents/page-fonts';
import { drawPlanCharts, type PlanChartData } from '../../main/documents/plan-charts';
import { marketingPlanSnapshotSchema } from '../../shared/documents/marketing-plan-snapshot';
import {
  fullEngagementPlan,
  type EngagementCounts,
} from '../../tests/shared/documents/fixtures/full-engagement-records';
import { median } from './report';
import { documentLook } from '../../main/documents/document-look';
import { defaultAppSettings } from '../../shared/settings/app-settings';

/**
 * How the plan's export time grows with the engagement: the long, busy engagement with 10, 40
 * and 160 campaigns, then with 50, 300 and 1,200 action items. Each plan is drawn, built and
 * packed as the document worker does it, a few times, warm; the median is kept. Sizes past the
 * app's limits (which the app and the command line refuse) are built all the same, without the
 * schemas' checks, to see the growth. Prints the figures as JSON.
 */
const runs = Number(process.argv[2] ?? 3);

export interface ScalePoint {
  list: 'campaigns' | 'actionItems';
  count: number;
  ms: number;
  withinLimits: boolean;
}

async function exportMs(counts: Partial<EngagementCounts>): Promise<[number, boolean]> {
  const snapshot = fullEngagementPlan('2026-12-01', counts);
  const withinLimits = marketingPlanSnapshotSchema.safeParse(snapshot).success;
  const charts = Object.fromEntries(
    snapshot.charts.map(({ kind, data }) => [kind, data]),
  ) as PlanChartData;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const drawn = await drawPlanCharts(charts, { campaignCount: snapshot.campaigns.length });
    const look = await documentLook(snapshot.engagement, snapshot.branding, defaultAppSettings);
    await packDocument(buildMarketingPlanDocument(snapshot, drawn, look, { fonts: pageFonts() }));
    times.push(performance.now() - start);
  }
  return [median(times), withinLimits];
}

// Warm-up: the chart and document machinery loaded, as after a first export.
await exportMs({ campaigns: 10, actionItems: 50 });
const points: ScalePoint[] = [];
for (const [list, counts] of [
  ['campaigns', [10, 40, 160]],
  ['actionItems', [50, 300, 1_200]],
] as const)
  for (const count of counts) {
    const [ms, withinLimits] = await exportMs({ [list]: count });
    points.push({ list, count, ms, withinLimits });
  }
process.stdout.write(JSON.stringify(points));
