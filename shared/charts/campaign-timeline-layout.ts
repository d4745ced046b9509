import type { CampaignTimelineData } from './chart-data';
import { chartSize, seriesColour } from './chart-style';
import { dayNumber, formatMonth, monthStart, monthTicks } from './calendar-days';
import { truncateText } from './chart-text';
import { legendAndMargin, type HorizontalBarLayout } from './horizontal-bar-layout';

/** Grey for a campaign not tied to a phase. */
export const noPhaseColour = '#9aa3ae';
export const noPhaseLabel = 'No phase';

const rowHeight = 22;
const barSize = 14;
const yAxisWidth = 200;
const campaignNameChars = 30;
const xAxisHeight = 28;
/** A month label ("Sep 2027") is about 60 px wide; ticks never come closer than that. */
const minTickSpacing = 72;

export interface TimelineRow {
  row: number;
  /** [first day, day after the last day], in days since 1970: a range bar. */
  days: [number, number];
  colour: string;
}

export interface CampaignTimelineLayout extends HorizontalBarLayout {
  rows: TimelineRow[];
  rowLabels: string[];
  domain: [number, number];
  tickLabels: string[];
}

/** The campaigns the chart can draw: real dates, ending on or after they start. */
export function drawableCampaigns(data: CampaignTimelineData) {
  return data.campaigns.flatMap((campaign) => {
    const start = dayNumber(campaign.start);
    const end = dayNumber(campaign.end);
    if (start === null || end === null || end < start) return [];
    return [{ ...campaign, startDay: start, endDay: end }];
  });
}

export function phaseColour(phaseIndex: number, phaseCount: number): string {
  return phaseIndex >= 0 && phaseIndex < phaseCount ? seriesColour(phaseIndex) : noPhaseColour;
}

/**
 * Where everything of the campaign timeline goes, from the data alone: one row per campaign at a
 * fixed row height (so 40 campaigns stay readable and the height is known before drawing), month
 * ticks spaced so their labels never touch, a legend of the phases in use. The months run from the
 * first campaign's start to the last one's end, or wider to take in the data's span.
 */
export function layoutCampaignTimeline(data: CampaignTimelineData): CampaignTimelineLayout {
  const campaigns = drawableCampaigns(data);
  const phaseCount = data.phases.length;
  const width = chartSize.wide.width;
  const side = { left: 8, right: 40, bottom: 8 };

  const usedPhases = new Set(campaigns.map((campaign) => campaign.phaseIndex));
  const legendItems = data.phases.flatMap((name, index) =>
    usedPhases.has(index) ? [{ name, colour: seriesColour(index) }] : [],
  );
  if (campaigns.some((campaign) => phaseColour(campaign.phaseIndex, phaseCount) === noPhaseColour))
    legendItems.push({ name: noPhaseLabel, colour: noPhaseColour });
  const { legend, margin } = legendAndMargin(legendItems, side, yAxisWidth, width);

  const spanDays = data.span ? [dayNumber(data.span.start), dayNumber(data.span.end)] : [];
  const first = Math.min(
    ...campaigns.map((campaign) => campaign.startDay),
    ...(spanDays[0] == null ? [] : [spanDays[0]]),
  );
  const last = Math.max(
    ...campaigns.map((campaign) => campaign.endDay),
    ...(spanDays[1] == null ? [] : [spanDays[1]]),
  );
  const from = campaigns.length > 0 ? monthStart(first) : 0;
  const to = campaigns.length > 0 ? monthStart(last, 1) : 31;
  const plotWidth = width - side.left - yAxisWidth - side.right;
  const ticks =
    campaigns.length > 0 ? monthTicks(from, to, Math.floor(plotWidth / minTickSpacing)) : [];

  return {
    width,
    height: margin.top + Math.max(2, campaigns.length) * rowHeight + xAxisHeight + margin.bottom,
    margin,
    yAxisWidth,
    xAxisHeight,
    barSize,
    rows: campaigns.map((campaign, row) => ({
      row,
      days: [campaign.startDay, campaign.endDay + 1],
      colour: phaseColour(campaign.phaseIndex, phaseCount),
    })),
    rowLabels: campaigns.map((campaign) => truncateText(campaign.name, campaignNameChars)),
    domain: [from, to],
    ticks,
    tickLabels: ticks.map(formatMonth),
    legend,
  };
}
