import { describe, expect, it } from 'vitest';
import {
  drawPlanCharts,
  parsePlanCharts,
  printPixelsPerInch,
  printScale,
} from '../../../main/documents/plan-charts';
import { textBox } from '../../../main/documents/page-layout';
import { fitToBox } from '../../../main/documents/chart-figure';
import { chartExamples } from '../charts/fixtures/chart-examples';
import { decodePng } from '../charts/png-pixels';

describe("the plan's chart pictures", { timeout: 60_000 }, () => {
  it('are drawn at 220 pixels to the inch of the size they are placed at', () => {
    const landscape = textBox('landscape').width;
    expect(printPixelsPerInch).toBe(220);
    // A 720-wide chart is placed as drawn (7.5 inches); a 960-wide one shrinks to the landscape page.
    expect(printScale(720, 300) * 720).toBeCloseTo((220 / 96) * 720);
    expect(printScale(960, 400) * 960).toBeCloseTo((220 / 96) * landscape);
    // A chart taller than the page's room shrinks to fit its height, and is drawn for that size.
    const placed = fitToBox(960, 964, textBox('landscape'));
    expect(placed.width).toBeLessThan(landscape / 1.9);
    expect(printScale(960, 964) * 960).toBeCloseTo((220 / 96) * placed.width);
  });

  it("draws each chart's PNG at that resolution beside its SVG", async () => {
    const charts = parsePlanCharts([
      { kind: 'emotion-curve', data: chartExamples['emotion-curve'] },
      { kind: 'reverse-funnel', data: chartExamples['reverse-funnel'] },
    ]);
    const drawn = await drawPlanCharts(charts, { campaignCount: 0 });
    for (const chart of [drawn['emotion-curve'], drawn['reverse-funnel']]) {
      const { width, height, svg, png } = chart!.image!;
      const image = decodePng(png);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(Math.abs(image.width - width * printScale(width, height))).toBeLessThanOrEqual(1);
      expect(Math.abs(image.height - height * printScale(width, height))).toBeLessThanOrEqual(1);
    }
  });
});
