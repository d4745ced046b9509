import { expect, test, type Browser } from '@playwright/test';
import { rmSync } from 'node:fs';
import { chartKinds } from '../../shared/charts/chart-kinds';
import { chartExamples, namesWithMarkup } from '../main/charts/fixtures/chart-examples';
import {
  bundleChartPage,
  bundleHeadlessCharts,
  launchChromium,
  openChartPage,
  type ChartPage,
  type ChartRequest,
  type HeadlessCharts,
} from './fixtures/chart-page/chart-bundles';

// A chart in a Word document is drawn in main with no window and no DOM, from the chart
// component's elements; on screen, React DOM draws it in Chromium. Both must be the same picture:
// the same component and data give the same SVG, byte for byte.

const requests: ChartRequest[] = chartKinds.map((kind) => ({ kind, data: chartExamples[kind] }));
const markupRequest: ChartRequest = { kind: 'campaign-timeline', data: namesWithMarkup };

let pageBundle: string;
let headless: HeadlessCharts;
let browser: Browser;
let chartPage: ChartPage;
/** Each request's SVG as main draws it, with no window, by kind. */
const inMain = new Map<string, string>();

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // One build at a time: each sets NODE_ENV while it runs and puts it back after.
  [pageBundle, browser] = await Promise.all([bundleChartPage(), launchChromium()]);
  headless = await bundleHeadlessCharts();
  const svgs = await headless.draw([...requests, markupRequest]);
  requests.forEach((request, index) => inMain.set(request.kind, svgs[index] as string));
  inMain.set('names with markup', svgs[requests.length] as string);
});
test.afterAll(async () => {
  await browser?.close();
  headless?.remove();
  if (pageBundle) rmSync(pageBundle, { recursive: true, force: true });
});
test.beforeEach(async () => {
  chartPage = await openChartPage(browser, pageBundle);
});
test.afterEach(async () => {
  expect(chartPage.networkAttempts).toEqual([]);
  await chartPage.close();
});

for (const kind of chartKinds) {
  test(`draws the ${kind} chart identically on screen and in a document`, async () => {
    const inChromium = await chartPage.drawChart(kind, chartExamples[kind]);
    expect(inChromium).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(inChromium).toMatch(/class="(chart-bar|chart-curve|tone-drift-series[^"]*)"/);
    expect(inMain.get(kind)).toBe(inChromium);
  });
}

test('writes names holding markup characters identically on screen and in a document', async () => {
  // Chromium and happy-dom serialise attributes differently; the SVG is written out by our code.
  const inChromium = await chartPage.drawChart(markupRequest.kind, markupRequest.data);
  expect(inChromium).toContain('Launch &lt;B2B&gt; &amp; "Q1" push');
  expect(inMain.get('names with markup')).toBe(inChromium);
});
