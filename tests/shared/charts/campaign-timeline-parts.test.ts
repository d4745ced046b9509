import { describe, expect, it } from 'vitest';
import type { CampaignTimelineData } from '../../../shared/charts/chart-data';
import { layoutCampaignTimeline } from '../../../shared/charts/campaign-timeline-layout';
import {
  splitCampaignTimeline,
  timelinePartName,
} from '../../../shared/charts/campaign-timeline-parts';

const phases = ['Awareness', 'Consideration', 'Purchase', 'Retention'];

/** `count` campaigns a week apart, of two to six weeks, over the phases in turn (one in seven has none). */
function timeline(count: number): CampaignTimelineData {
  return {
    phases,
    campaigns: Array.from({ length: count }, (_, index) => {
      const start = new Date(Date.UTC(2027, 0, 4 + index * 7));
      const end = new Date(start.getTime() + (14 + (index % 5) * 7) * 86_400_000);
      return {
        name: `Campaign ${index + 1}`,
        phaseIndex: index % 7 === 6 ? -1 : index % phases.length,
        start: start.toISOString().slice(0, 10),
        end: end.toISOString().slice(0, 10),
      };
    }),
  };
}

const height = (data: CampaignTimelineData) => layoutCampaignTimeline(data).height;

describe('splitting a long campaign timeline into charts that fit a page', () => {
  it('leaves a timeline that fits as it is, alone, with no span added', () => {
    const short = timeline(5);
    const parts = splitCampaignTimeline(short, height(short));
    expect(parts).toHaveLength(1);
    expect(parts[0]).toBe(short);
    expect(parts[0]).not.toHaveProperty('span');
  });

  it('splits 40 campaigns into as few parts as fit, shared out evenly, each no taller than the room', () => {
    const long = timeline(40);
    const room = 484;
    expect(height(long)).toBeGreaterThan(900);
    const parts = splitCampaignTimeline(long, room);
    for (const part of parts) expect(height(part)).toBeLessThanOrEqual(room);
    // As many as fit in the room is 19, so three parts are the fewest; filled in turn they would
    // be 19, 19 and 2.
    expect(height({ ...long, campaigns: long.campaigns.slice(0, 19) })).toBeLessThanOrEqual(room);
    expect(height({ ...long, campaigns: long.campaigns.slice(0, 20) })).toBeGreaterThan(room);
    expect(parts.map((part) => part.campaigns.length)).toEqual([14, 13, 13]);
  });

  it('keeps the fewest parts, evenly shared, and every part within the room, at any size', () => {
    for (const count of [6, 20, 38, 40, 41, 100])
      for (const room of [300, 484, 640]) {
        const data = timeline(count);
        const parts = splitCampaignTimeline(data, room);
        const sizes = parts.map((part) => part.campaigns.length);
        if (height(data) <= room) {
          expect(parts).toEqual([data]);
          continue;
        }
        for (const part of parts) expect(height(part)).toBeLessThanOrEqual(room);
        let most = 1;
        while (height({ ...data, campaigns: data.campaigns.slice(0, most + 1) }) <= room) most += 1;
        expect(parts.length, `${count} campaigns in ${room}`).toBe(Math.ceil(count / most));
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(count);
      }
  });

  it('keeps every part within the room when a part’s own phases need a taller legend', () => {
    // The first 20 campaigns are of one phase; the others of many, whose legend takes more rows.
    const phases = Array.from({ length: 12 }, (_, index) => `A long phase name ${index + 1}`);
    const data: CampaignTimelineData = {
      phases,
      campaigns: timeline(30).campaigns.map((campaign, index) => ({
        ...campaign,
        phaseIndex: index < 20 ? 0 : index % 12,
      })),
    };
    const room = 430;
    // Even shares of 15 and 15 would not fit: the second 15 need the taller legend.
    expect(height({ phases, campaigns: data.campaigns.slice(15) })).toBeGreaterThan(room);
    const parts = splitCampaignTimeline(data, room);
    for (const part of parts) expect(height(part)).toBeLessThanOrEqual(room);
    expect(parts.map((part) => part.campaigns.length)).toEqual([16, 14]);
    expect(parts.flatMap((part) => part.campaigns)).toEqual(data.campaigns);
  });

  it('draws every campaign exactly once, in the plan’s order', () => {
    const long = timeline(40);
    const parts = splitCampaignTimeline(long, 484);
    expect(parts.flatMap((part) => part.campaigns)).toEqual(long.campaigns);
    expect(parts.every((part) => part.phases === long.phases)).toBe(true);
  });

  it('gives every part the whole timeline’s month axis', () => {
    const long = timeline(40);
    const whole = layoutCampaignTimeline(long);
    const parts = splitCampaignTimeline(long, 484);
    for (const part of parts) {
      const layout = layoutCampaignTimeline(part);
      expect(part.span).toEqual({ start: '2027-01-04', end: long.campaigns.at(-1)!.end });
      expect(layout.domain).toEqual(whole.domain);
      expect(layout.ticks).toEqual(whole.ticks);
      expect(layout.tickLabels).toEqual(whole.tickLabels);
      expect(layout.width).toBe(whole.width);
    }
    // The last part's campaigns alone would start the axis months later.
    const lastAlone = { ...parts.at(-1)!, span: undefined };
    expect(layoutCampaignTimeline(lastAlone).domain[0]).toBeGreaterThan(whole.domain[0]);
  });

  it('takes the span’s end when a campaign of an earlier part ends last', () => {
    const data = timeline(30);
    const longest = { ...data.campaigns[0]!, end: '2028-06-30' };
    const parts = splitCampaignTimeline(
      { ...data, campaigns: [longest, ...data.campaigns.slice(1)] },
      484,
    );
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.span).toEqual({ start: '2027-01-04', end: '2028-06-30' });
  });

  it('leaves out campaigns without usable dates, which no chart draws', () => {
    const long = timeline(40);
    const broken = { name: 'No real date', phaseIndex: 0, start: '2027-02-30', end: '2027-03-10' };
    const data = {
      ...long,
      campaigns: [...long.campaigns.slice(0, 20), broken, ...long.campaigns.slice(20)],
    };
    const parts = splitCampaignTimeline(data, 484);
    expect(parts.flatMap((part) => part.campaigns)).toEqual(long.campaigns);
  });

  it('puts at least one campaign in each part, even when one alone is too tall', () => {
    const parts = splitCampaignTimeline(timeline(3), 10);
    expect(parts.map((part) => part.campaigns.length)).toEqual([1, 1, 1]);
  });
});

describe('the name of a part', () => {
  it('counts the parts, and is the chart’s own name when there is one', () => {
    expect(timelinePartName('Campaign timeline', 0, 3)).toBe('Campaign timeline (1 of 3)');
    expect(timelinePartName('Campaign timeline', 2, 3)).toBe('Campaign timeline (3 of 3)');
    expect(timelinePartName('Campaign timeline', 0, 1)).toBe('Campaign timeline');
  });
});
