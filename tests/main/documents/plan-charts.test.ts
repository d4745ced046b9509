import { describe, expect, it } from 'vitest';
import {
  campaignTimelineParts,
  drawPlanCharts,
  parsePlanCharts,
  printPixelsPerInch,
  printScale,
} from '../../../main/documents/plan-charts';
import { textBox } from '../../../main/documents/page-layout';
import { chartBox, fitToBox, tallestAtFullScale } from '../../../main/documents/chart-figure';
import { summariseCampaignTimeline } from '../../../shared/charts/campaign-timeline-summary';
import { layoutCampaignTimeline } from '../../../shared/charts/campaign-timeline-layout';
import { chartSize } from '../../../shared/charts/chart-style';
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
    for (const kind of ['emotion-curve', 'reverse-funnel'] as const) {
      const { width, height, svg, png } = drawn[kind]!.image!;
      const image = decodePng(png);
      const scale = printScale(width, height, chartBox(kind));
      expect(svg.startsWith('<svg')).toBe(true);
      expect(Math.abs(image.width - width * scale)).toBeLessThanOrEqual(1);
      expect(Math.abs(image.height - height * scale)).toBeLessThanOrEqual(1);
    }
    // The funnel sits in its portrait chapter: 220 pixels to the inch of a portrait page's width.
    const funnel = decodePng(drawn['reverse-funnel']!.image!.png);
    expect(chartBox('reverse-funnel')).toEqual(textBox('portrait'));
    expect(funnel.width).toBeCloseTo((220 / 96) * textBox('portrait').width, -1);
  });

  it('split a long campaign timeline into parts placed at the other wide charts’ scale', () => {
    const timeline = chartExamples['campaign-timeline'];
    const box = chartBox('campaign-timeline');
    // Whole, the 40 campaigns would be shrunk to about half size: their labels print at 4.5 pt.
    const whole = layoutCampaignTimeline(timeline);
    expect(fitToBox(whole.width, whole.height, box).width).toBeLessThan(box.width / 1.9);

    const parts = campaignTimelineParts(timeline, 2);
    expect(parts.map((part) => part.name)).toEqual([
      'Campaign timeline (1 of 3)',
      'Campaign timeline (2 of 3)',
      'Campaign timeline (3 of 3)',
    ]);
    const wide = fitToBox(chartSize.wide.width, chartSize.wide.height, box);
    for (const part of parts) {
      const layout = layoutCampaignTimeline(part.data);
      expect(layout.height).toBeLessThanOrEqual(tallestAtFullScale(layout.width, box));
      // Placed as wide as the emotion curve or the tone drift: the same print size of labels.
      expect(fitToBox(layout.width, layout.height, box).width).toBe(wide.width);
      expect(part.summary).toBe(
        `${part.name}: ${summariseCampaignTimeline(part.data, part === parts.at(-1) ? 2 : 0)}`,
      );
    }
    expect(parts.flatMap((part) => part.data.campaigns)).toEqual(timeline.campaigns);
    // The campaigns left off for want of dates are counted once, under the last part.
    expect(parts.filter((part) => part.summary.includes('without usable dates'))).toEqual([
      parts[2],
    ]);
    expect(parts[2]!.summary).toMatch(/2 campaigns without usable dates are not shown\.$/);
  });

  it('leave a timeline that fits its page whole, with its own name and summary', () => {
    const timeline = {
      ...chartExamples['campaign-timeline'],
      campaigns: chartExamples['campaign-timeline'].campaigns.slice(0, 6),
    };
    expect(campaignTimelineParts(timeline, 1)).toEqual([
      {
        data: timeline,
        name: 'Campaign timeline',
        summary: summariseCampaignTimeline(timeline, 1),
      },
    ]);
  });

  it('draw each part of a long timeline as a picture of its own', async () => {
    const drawn = await drawPlanCharts(
      parsePlanCharts([{ kind: 'campaign-timeline', data: chartExamples['campaign-timeline'] }]),
      { campaignCount: 40 },
    );
    const parts = drawn['campaign-timeline']!;
    expect(parts.map((part) => part.name)).toEqual(
      campaignTimelineParts(chartExamples['campaign-timeline'], 0).map((part) => part.name),
    );
    for (const part of parts) {
      const { width, height, svg } = part.image!;
      expect(width).toBe(chartSize.wide.width);
      expect(height).toBeLessThanOrEqual(tallestAtFullScale(width, chartBox('campaign-timeline')));
      expect(svg.startsWith('<svg')).toBe(true);
    }
    expect(parts[0]!.image!.svg).toContain('Campaign 1<');
    expect(parts[0]!.image!.svg).not.toContain('Campaign 40<');
    expect(parts.at(-1)!.image!.svg).toContain('Campaign 40<');
  });
});
