import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CampaignTimelineChart } from '../../../shared/charts/CampaignTimelineChart';
import { summariseCampaignTimeline } from '../../../shared/charts/campaign-timeline-summary';
import type { CampaignTimelineData, ReverseFunnelData } from '../../../shared/charts/chart-data';
import { chartFont } from '../../../shared/charts/chart-style';
import { ReverseFunnelChart } from '../../../shared/charts/ReverseFunnelChart';
import { summariseReverseFunnel } from '../../../shared/charts/reverse-funnel-summary';

afterEach(cleanup);

const phaseNames = [
  'Awareness',
  'Consideration',
  'Qualified leads from the spring trade fair and partner referrals',
  'Conversion',
  'Onboarding',
  'Advocacy',
  'Referral',
  'Retention',
  'Upsell',
  'Renewal',
  'Loyalty',
  'Champions',
];

const funnel = (count: number): ReverseFunnelData => ({
  unit: 'people',
  phases: phaseNames.slice(0, count).map((name, index) => {
    const expected = 132 * 4 ** (count - 1 - index);
    return {
      name,
      baseline: index % 2 === 0 ? 1000 : null,
      cautious: expected * 2,
      expected,
      ambitious: index === 1 ? 0 : Math.ceil(expected / 2),
    };
  }),
});

const timeline = (count: number): CampaignTimelineData => ({
  phases: phaseNames,
  campaigns: Array.from({ length: count }, (_, index) => ({
    name: `Campaign ${index + 1}`,
    phaseIndex: (index % 13) - 1,
    start: `2027-${String((index % 12) + 1).padStart(2, '0')}-01`,
    end: `2027-${String((index % 12) + 1).padStart(2, '0')}-28`,
  })),
});

function svgOf(container: HTMLElement) {
  const svg = container.querySelector('svg.chart');
  if (!svg) throw new Error('No chart SVG');
  return svg;
}
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((text) => text.textContent);

describe('ReverseFunnelChart', () => {
  it('draws bars and labels at a fixed size, with the font and its text alternative on the SVG', () => {
    const data = funnel(5);
    const svg = svgOf(render(<ReverseFunnelChart data={data} />).container);
    expect(svg.getAttribute('width')).toBe('720');
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(300);
    expect(svg.getAttribute('font-family')).toBe(chartFont.family);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(summariseReverseFunnel(data));
    // 5 cautious + 5 expected + 4 ambitious (one not worked out) + 3 of today.
    expect(svg.querySelectorAll('rect.chart-bar')).toHaveLength(17);
    const labels = texts(svg);
    for (const name of ['Awareness', 'Consideration', 'Conversion', 'Onboarding'])
      expect(labels).toContain(name);
    expect(labels).toContain('Qualified leads from…');
    expect(labels).toEqual(expect.arrayContaining(['Cautious', 'Expected', 'Ambitious', 'Today']));
    expect(labels).toContain('33.8k');
    expect(labels).toContain('People needed per phase (log scale)');
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('stays readable with twelve phases: taller, every phase labelled', () => {
    const five = svgOf(render(<ReverseFunnelChart data={funnel(5)} />).container);
    const twelve = svgOf(render(<ReverseFunnelChart data={funnel(12)} />).container);
    expect(Number(twelve.getAttribute('height'))).toBeGreaterThan(
      Number(five.getAttribute('height')),
    );
    for (const name of ['Champions', 'Loyalty', 'Awareness']) expect(texts(twelve)).toContain(name);
    expect(twelve.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('draws an empty plan without a crash', () => {
    const svg = svgOf(
      render(
        <ReverseFunnelChart
          data={{
            unit: 'people',
            phases: [{ name: 'Awareness', baseline: null, cautious: 0, expected: 0, ambitious: 0 }],
          }}
        />,
      ).container,
    );
    expect(svg.querySelectorAll('rect.chart-bar')).toHaveLength(0);
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });
});

describe('CampaignTimelineChart', () => {
  it('draws one bar per campaign coloured by phase, with month ticks and a legend', () => {
    const data: CampaignTimelineData = {
      phases: ['Awareness', 'Consideration'],
      campaigns: [
        { name: 'Spring webinars', phaseIndex: 0, start: '2027-02-01', end: '2027-03-31' },
        { name: 'Case studies', phaseIndex: 1, start: '2027-04-01', end: '2027-05-31' },
        { name: 'Referral push', phaseIndex: -1, start: '2027-05-01', end: '2027-06-30' },
      ],
    };
    const svg = svgOf(render(<CampaignTimelineChart data={data} />).container);
    expect(svg.getAttribute('width')).toBe('960');
    expect(svg.getAttribute('aria-label')).toBe(summariseCampaignTimeline(data));
    const bars = [...svg.querySelectorAll('rect.chart-bar')];
    expect(bars).toHaveLength(3);
    expect(bars.map((bar) => bar.getAttribute('fill'))).toEqual(['#1f5fa8', '#d9822b', '#9aa3ae']);
    const labels = texts(svg);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Spring webinars',
        'Case studies',
        'Referral push',
        'Feb 2027',
        'Jul 2027',
        'Awareness',
        'Consideration',
        'No phase',
      ]),
    );
  });

  it('stays readable with 40 campaigns: a fixed row each, every one labelled', () => {
    const svg = svgOf(render(<CampaignTimelineChart data={timeline(40)} />).container);
    expect(Number(svg.getAttribute('height'))).toBeGreaterThanOrEqual(40 * 22);
    expect(svg.querySelectorAll('rect.chart-bar')).toHaveLength(40);
    expect(texts(svg)).toContain('Campaign 40');
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('says so when no campaign has dates', () => {
    const svg = svgOf(
      render(<CampaignTimelineChart data={{ phases: ['Awareness'], campaigns: [] }} />).container,
    );
    expect(texts(svg)).toContain('No campaign has both a start and an end date yet.');
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
  });
});
