import { describe, expect, it } from 'vitest';
import { buildMarketingPlanDocument } from '../../../main/documents/marketing-plan-document';
import { nativeChart } from '../../../main/documents/native-plan-charts';
import { packDocument } from '../../../main/documents/pack-document';
import { drawPlanCharts, parsePlanCharts } from '../../../main/documents/plan-charts';
import { chartKinds } from '../../../shared/charts/chart-kinds';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { chartExamples, twelvePhases } from '../charts/fixtures/chart-examples';
import { acmeRecords } from '../../shared/documents/fixtures/engagement-records';
import { isoDates, plainLook } from './document-look-fixture';
import { readZipEntry } from './read-zip-entry';

describe('native Word charts', () => {
  it('carries the emotion curve as a line chart: a series per persona on the −2…+2 scale', () => {
    const chart = nativeChart('emotion-curve', {
      phases: ['Awareness', ' ', 'Conversion'],
      personas: [{ name: '佐藤 花子', scores: [1, null, -2] }],
    });
    expect(chart).toMatchObject({
      type: 'line',
      categories: ['Awareness', 'Phase 2', 'Conversion'],
      series: [{ name: '佐藤 花子', values: [1, null, -2] }],
      valueAxis: { minimum: -2, maximum: 2 },
    });
  });

  it('carries the work-backwards funnel as bars per scenario, today only when known', () => {
    const chart = nativeChart('reverse-funnel', chartExamples['reverse-funnel']);
    expect(chart?.type).toBe('bar');
    expect(chart?.categories).toEqual(twelvePhases);
    expect(chart?.series.map((series) => series.name)).toEqual([
      'Cautious',
      'Expected',
      'Ambitious',
      'Today',
    ]);
    const unknown = nativeChart('reverse-funnel', {
      unit: 'leads',
      phases: [{ name: 'Awareness', baseline: null, cautious: 10, expected: 8, ambitious: 5 }],
    });
    expect(unknown?.series.map((series) => series.name)).toEqual([
      'Cautious',
      'Expected',
      'Ambitious',
    ]);
  });

  it('carries the tone drift as bars per dimension: the brand and each channel', () => {
    const chart = nativeChart('tone-drift', chartExamples['tone-drift']);
    expect(chart?.series.map((series) => series.name)).toEqual([
      'The brand',
      'Social',
      'Website',
      'PR',
      'Advertising',
      'Email',
      'Sales material',
    ]);
    expect(chart?.valueAxis).toMatchObject({ minimum: 1, maximum: 5 });
  });

  it('leaves the timeline, the investment chart and charts with nothing to plot as pictures', () => {
    expect(nativeChart('campaign-timeline', chartExamples['campaign-timeline'])).toBeUndefined();
    expect(nativeChart('investment-return', chartExamples['investment-return'])).toBeUndefined();
    expect(nativeChart('emotion-curve', { phases: [], personas: [] })).toBeUndefined();
    expect(nativeChart('reverse-funnel', { phases: [], unit: '' })).toBeUndefined();
  });

  it(
    'puts chart parts with their workbooks in the plan, and pictures only for the other charts',
    { timeout: 60_000 },
    async () => {
      const charts = parsePlanCharts(
        chartKinds.map((kind) => ({ kind, data: chartExamples[kind] })),
      );
      const drawn = await drawPlanCharts(charts, { campaignCount: 40, form: 'native' });
      expect(
        chartKinds.filter((kind) => [drawn[kind]].flat().some((chart) => chart?.native)),
      ).toEqual(['tone-drift', 'emotion-curve', 'reverse-funnel']);
      const snapshot = toMarketingPlanSnapshot(acmeRecords(), {
        preparedOn: '2026-12-01',
        charts: [],
      });
      const bytes = await packDocument(
        buildMarketingPlanDocument(snapshot, drawn, plainLook(snapshot.engagement, isoDates)),
      );
      const xml = readZipEntry(bytes, 'word/document.xml');
      expect(xml.match(/<c:chart\b/g)).toHaveLength(3);
      // The investment chart, and the 40 campaigns' timeline in three parts, one a page.
      expect(drawn['campaign-timeline']).toHaveLength(3);
      expect(xml.match(/<pic:pic\b/g)).toHaveLength(4);
      // The summary as alt text, its numbers held to their units as in the caption.
      expect(xml.replaceAll('\u00A0', ' ')).toContain('descr="Emotion across 12 phases');
      const parts = [1, 2, 3].map((index) => readZipEntry(bytes, `word/charts/chart${index}.xml`));
      expect(parts.join('')).toContain('<c:v>Typical customer</c:v>');
      expect(parts.join('')).toContain('<c:v>Expected</c:v>');
      expect(readZipEntry(bytes, '[Content_Types].xml')).toContain('drawingml.chart+xml');
    },
  );
});
