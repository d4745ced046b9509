import { Packer, type Document, type EstimatedPageNumbers, type PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndCheckEngagementFile } from '../../../../main/engagement-file/check-engagement-file';
import { marketingPlanRecordsOfFile } from '../../../../shared/documents/engagement-file-records';
import { marketingPlanSnapshotSchema } from '../../../../shared/documents/marketing-plan-snapshot';
import { toMarketingPlanSnapshot } from '../../../../shared/documents/to-marketing-plan-snapshot';
import { buildMarketingPlanDocument } from '../../../../main/documents/marketing-plan-document';
import { fastPageNumbers } from '../../../../main/documents/page-estimate/fast-page-numbers';
import {
  chartSummary,
  drawPlanCharts,
  parsePlanCharts,
} from '../../../../main/documents/plan-charts';
import { documentLook } from '../../../../main/documents/document-look';
import { planChartPayloads } from '../../../../shared/charts/plan-chart-payloads';
import { defaultAppSettings } from '../../../../shared/settings/app-settings';
import type { ChartDataByKind, ChartKind } from '../../../../shared/charts/chart-kinds';
import { pageFonts } from '../../../../main/documents/page-fonts';
import {
  emptyEngagementCounts,
  fullEngagementPlan,
  typicalEngagementCounts,
  type EngagementCounts,
} from '../../../shared/documents/fixtures/full-engagement-records';
import { allChartStandIns, drawnChartStandIn } from '../drawn-chart-stand-ins';
import { numberedStepsDocument } from './numbered-steps-document';
import { isoDates, plainLook } from '../document-look-fixture';

const fonts = pageFonts();
const library = estimatePageNumbersWith({ fonts, guess: true });

interface Compared {
  fast: EstimatedPageNumbers;
  library: EstimatedPageNumbers;
  fellBack: string | undefined;
}

/** Packs a document whose estimator runs both the fast layout and docx/layout on its body. */
async function compare(document: Document): Promise<Compared> {
  let fellBack: string | undefined;
  const fast = fastPageNumbers(
    fonts,
    () => ({ bookmarks: new Map() }),
    (reason) => (fellBack = reason),
  );
  let result: Compared | undefined;
  const both: PageNumberEstimator = (body, context) => {
    const fromFast = fast(body, context);
    const fromLibrary = library(body, context);
    result = { fast: fromFast, library: fromLibrary, fellBack };
    return fromLibrary;
  };
  (
    document as unknown as { Document: { View: { Body: { pageNumbers: unknown } } } }
  ).Document.View.Body.pageNumbers = both;
  await Packer.toBuffer(document);
  if (!result) throw new Error('The document was written without its page numbers.');
  return result;
}

const planOf = (counts: Partial<EngagementCounts>) => {
  const snapshot = fullEngagementPlan('2026-12-01', counts);
  return buildMarketingPlanDocument(
    snapshot,
    allChartStandIns(),
    plainLook(snapshot.engagement, isoDates),
    {
      fonts,
    },
  );
};

/** The busy plan with its charts' own summaries under them, as an export writes them. */
function busyPlanWithChartSummaries(): Document {
  const snapshot = fullEngagementPlan('2026-12-01');
  const charts = Object.entries(parsePlanCharts(snapshot.charts)) as [
    ChartKind,
    ChartDataByKind[ChartKind],
  ][];
  const drawn = Object.fromEntries(
    charts.map(([kind, data]) => {
      const chart = { ...drawnChartStandIn(kind, 960, 420), summary: chartSummary(kind, data, 0) };
      return [kind, kind === 'campaign-timeline' ? [chart] : chart];
    }),
  );
  return buildMarketingPlanDocument(snapshot, drawn, plainLook(snapshot.engagement, isoDates), {
    fonts,
  });
}

const sizes: [string, Partial<EngagementCounts>][] = [
  ['an engagement with every worksheet empty', emptyEngagementCounts],
  ['a typical engagement (about 17 pages)', typicalEngagementCounts],
  ['the long, busy engagement (about 70 pages)', {}],
  ['500 action items: a table across a dozen pages', { actionItems: 500 }],
];

async function sampleRecords() {
  const checked = await readAndCheckEngagementFile(
    join(import.meta.dirname, '../../../../samples/halvorsen-cold-chain.sessionstudio'),
  );
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  return marketingPlanRecordsOfFile(checked.file);
}

/**
 * The sample's plan exactly as the command line makes it: its charts drawn, their summaries
 * under them, the deliverables' look with the settings' defaults. Its Japanese names sit in
 * narrow table columns, where Word breaks between ideographs.
 */
async function samplePlanAsExported(): Promise<Document> {
  const records = await sampleRecords();
  const snapshot = marketingPlanSnapshotSchema.parse(
    toMarketingPlanSnapshot(records, {
      preparedOn: '2026-12-01',
      charts: planChartPayloads(records),
    }),
  );
  const charts = await drawPlanCharts(parsePlanCharts(snapshot.charts), {
    campaignCount: snapshot.campaigns.length,
  });
  const look = await documentLook(snapshot.engagement, snapshot.branding, defaultAppSettings);
  return buildMarketingPlanDocument(snapshot, charts, look, { fonts });
}

/** The sample engagement the app ships, read as the command line reads it. */
async function samplePlan(): Promise<Document> {
  const records = await sampleRecords();
  const snapshot = marketingPlanSnapshotSchema.parse(
    toMarketingPlanSnapshot(records, { preparedOn: '2026-12-01', charts: [] }),
  );
  return buildMarketingPlanDocument(
    snapshot,
    allChartStandIns(),
    plainLook(snapshot.engagement, isoDates),
    {
      fonts,
    },
  );
}

/** The fast layout's numbers are the library's, every section's count too, with no fallback. */
function expectTheLibrarysOwn({ fast, library: expected, fellBack }: Compared): void {
  expect(fellBack).toBeUndefined();
  expect(expected.bookmarks.size).toBeGreaterThan(10);
  expect(fast.bookmarks).toEqual(expected.bookmarks);
  expect(fast.pageCount).toBe(expected.pageCount);
  expect(fast.sectionPageCounts).toEqual(expected.sectionPageCounts);
}

describe('the contents’ page numbers, laid out once', () => {
  it('are docx/layout’s own for the sample engagement, its Japanese and Arabic names included', async () => {
    const { fast, library: expected, fellBack } = await compare(await samplePlan());
    expect(fellBack).toBeUndefined();
    expect(expected.bookmarks.size).toBeGreaterThan(10);
    expect(fast.bookmarks).toEqual(expected.bookmarks);
    expect(fast.pageCount).toBe(expected.pageCount);
  }, 300_000);

  it('are docx/layout’s own for the sample’s plan as the command line makes it, without falling back to it', async () => {
    expectTheLibrarysOwn(await compare(await samplePlanAsExported()));
  }, 300_000);

  for (const [name, counts] of sizes)
    it(`are docx/layout's own for ${name}, without falling back to it`, async () => {
      expectTheLibrarysOwn(await compare(planOf(counts)));
    }, 300_000);

  it('are docx/layout’s own for the busy plan with its charts’ summaries, “(+2)” included', async () => {
    const { fast, library: expected, fellBack } = await compare(busyPlanWithChartSummaries());
    expect(fellBack).toBeUndefined();
    expect(fast.bookmarks).toEqual(expected.bookmarks);
    expect(fast.pageCount).toBe(expected.pageCount);
  }, 300_000);

  it('leave what they do not lay out, such as a numbered list, to docx/layout, and say why', async () => {
    const document = numberedStepsDocument();
    const { fast, library: expected, fellBack } = await compare(document);
    expect(fellBack).toBe('a numbered list');
    // What the fallback gave is what the document gets.
    expect(expected.bookmarks.size).toBe(2);
    expect(fast.bookmarks).toEqual(new Map());
  }, 120_000);
});
