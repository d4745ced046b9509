import { describe, expect, it } from 'vitest';
import { summariseCampaignTimeline } from '../../../shared/charts/campaign-timeline-summary';
import {
  toCampaignTimelineData,
  toReverseFunnelData,
} from '../../../shared/charts/plan-chart-data';
import { logTicks } from '../../../shared/charts/reverse-funnel-layout';
import { summariseReverseFunnel } from '../../../shared/charts/reverse-funnel-summary';
import { workBackwards } from '../../../shared/planning/work-backwards';

const rates = (cautious: number | null, expected: number | null, ambitious: number | null) => ({
  cautious,
  expected,
  ambitious,
});

const plan = workBackwards({
  phases: [
    { id: 'a', name: 'Awareness', baseline: 2000, rates: rates(5, 10, 20) },
    { id: 'b', name: 'Consideration', baseline: null, rates: rates(20, 0, 40) },
    { id: 'c', name: 'Conversion', baseline: null, rates: rates(null, null, null) },
  ],
  goal: 120,
  bufferPercent: 10,
});

describe('the reverse funnel’s data and text alternative', () => {
  it('maps a worked-out plan, leaving what cannot be worked out at 0', () => {
    const data = toReverseFunnelData(plan);
    expect(data.unit).toBe('people');
    expect(data.phases).toEqual([
      { name: 'Awareness', baseline: 2000, cautious: 13_200, expected: 0, ambitious: 1650 },
      { name: 'Consideration', baseline: null, cautious: 660, expected: 0, ambitious: 330 },
      { name: 'Conversion', baseline: null, cautious: 132, expected: 132, ambitious: 132 },
    ]);
  });

  it('says every phase’s volumes in words', () => {
    expect(summariseReverseFunnel(toReverseFunnelData(plan))).toBe(
      'The people each of 3 phases needs, worked backwards from Conversion to Awareness, in three scenarios. ' +
        'Awareness: 13,200 (cautious), not worked out (expected), 1,650 (ambitious); today 2,000. ' +
        'Consideration: 660 (cautious), not worked out (expected), 330 (ambitious). ' +
        'Conversion: 132 (cautious), 132 (expected), 132 (ambitious).',
    );
    expect(summariseReverseFunnel({ unit: 'people', phases: [] })).toBe(
      'There are no journey phases to work backwards through yet.',
    );
    expect(
      summariseReverseFunnel({
        unit: 'people',
        phases: [{ name: 'A', baseline: null, cautious: 0, expected: 0, ambitious: 0 }],
      }),
    ).toBe('No volumes are worked out yet for the one phase: set a goal and the conversion rates.');
  });

  it('puts a tick at every power of ten up to the largest volume', () => {
    expect(logTicks(640)).toEqual([1, 10, 100, 1000]);
    expect(logTicks(1000)).toEqual([1, 10, 100, 1000]);
    expect(logTicks(3)).toEqual([1, 10]);
    expect(logTicks(1e12)).toHaveLength(13);
  });
});

describe('the campaign timeline’s data and text alternative', () => {
  const phases = [
    { id: 'a', name: 'Awareness' },
    { id: 'b', name: '' },
  ];
  const source = toCampaignTimelineData(phases, [
    { name: 'Spring webinars', phaseId: 'a', startDate: '2027-02-01', endDate: '2027-03-31' },
    { name: '', phaseId: 'b', startDate: '2027-04-01', endDate: '2027-04-01' },
    { name: 'Referral push', phaseId: 'gone', startDate: '2027-05-01', endDate: '2027-06-30' },
    { name: 'Undated', phaseId: 'a', startDate: '', endDate: '' },
  ]);

  it('keeps dated campaigns in plan order, names the unnamed and counts the undated', () => {
    expect(source.data.phases).toEqual(['Awareness', 'Phase 2']);
    expect(source.data.campaigns).toEqual([
      { name: 'Spring webinars', phaseIndex: 0, start: '2027-02-01', end: '2027-03-31' },
      { name: 'Campaign 2', phaseIndex: 1, start: '2027-04-01', end: '2027-04-01' },
      { name: 'Referral push', phaseIndex: -1, start: '2027-05-01', end: '2027-06-30' },
    ]);
    expect(source.undatedCount).toBe(1);
  });

  it('says every campaign with its dates, by phase', () => {
    expect(summariseCampaignTimeline(source.data, source.undatedCount)).toBe(
      '3 campaigns from 1 Feb 2027 to 30 Jun 2027. ' +
        'Awareness: Spring webinars (1 Feb – 31 Mar 2027). ' +
        'Phase 2: Campaign 2 (1 Apr 2027). ' +
        'No phase: Referral push (1 May – 30 Jun 2027). ' +
        '1 campaign without usable dates is not shown.',
    );
    expect(summariseCampaignTimeline({ phases: [], campaigns: [] })).toBe(
      'No campaigns with dates yet.',
    );
  });
});
