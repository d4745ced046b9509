import { describe, expect, it } from 'vitest';
import {
  ChartDataError,
  chartLimits,
  chartRequestSchema,
  parseChartData,
} from '../../../shared/charts/chart-data-schemas';
import { chartKinds, isChartKind } from '../../../shared/charts/chart-kinds';
import { chartExamples, twelvePhases } from './fixtures/chart-examples';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChartDataError);
    return (error as Error).message;
  }
  throw new Error('The data was accepted.');
}

describe('chart data crossing a process boundary', () => {
  it.each(chartKinds)('accepts representative %s data as it is', (kind) => {
    expect(parseChartData(kind, chartExamples[kind])).toEqual(chartExamples[kind]);
    expect(chartRequestSchema.parse({ kind, data: chartExamples[kind] })).toEqual({
      kind,
      data: chartExamples[kind],
    });
  });

  it('knows the chart kinds and nothing else', () => {
    expect(chartKinds.every(isChartKind)).toBe(true);
    expect(isChartKind('pie')).toBe(false);
    expect(refusal(() => parseChartData('pie' as never, {}))).toBe(
      'Unknown chart; expected one of: tone-drift, emotion-curve, reverse-funnel, campaign-timeline, investment-return.',
    );
  });

  it('drops fields it does not know, so nothing unexpected reaches the chart', () => {
    const parsed = parseChartData('reverse-funnel', {
      ...chartExamples['reverse-funnel'],
      transform: 'rotate(45)',
    });
    expect(parsed).not.toHaveProperty('transform');
  });

  it('refuses more phases, campaigns or series than a chart can show', () => {
    const phases = Array.from({ length: chartLimits.phases + 1 }, (_, i) => `Phase ${i}`);
    expect(refusal(() => parseChartData('emotion-curve', { phases, personas: [] }))).toBe(
      'The Emotion curve chart cannot be drawn from this data: phases: A chart can show at most 24 phases.',
    );
    const campaign = chartExamples['campaign-timeline'].campaigns[0];
    expect(
      refusal(() =>
        parseChartData('campaign-timeline', {
          phases: twelvePhases,
          campaigns: Array.from({ length: 61 }, () => campaign),
        }),
      ),
    ).toMatch(/campaigns: A chart can show at most 60 campaigns\.$/);
    const channel = { name: 'Social', scores: [3, 3, 3, 3] };
    expect(
      refusal(() =>
        parseChartData('tone-drift', {
          ...chartExamples['tone-drift'],
          channels: Array.from({ length: 25 }, () => channel),
        }),
      ),
    ).toMatch(/channels: A chart can show at most 24 channels\.$/);
  });

  it('refuses numbers that are not finite or are off the scale', () => {
    const funnel = chartExamples['reverse-funnel'];
    const phase = funnel.phases[0];
    for (const expected of [Number.NaN, Number.POSITIVE_INFINITY, '12'])
      expect(
        refusal(() =>
          parseChartData('reverse-funnel', { ...funnel, phases: [{ ...phase, expected }] }),
        ),
      ).toMatch(/phases\.0\.expected: The expected volume must be a number\.$/);
    expect(
      refusal(() =>
        parseChartData('reverse-funnel', { ...funnel, phases: [{ ...phase, cautious: -1 }] }),
      ),
    ).toMatch(/The cautious volume cannot be negative\./);
    expect(
      refusal(() =>
        parseChartData('emotion-curve', {
          phases: ['Awareness'],
          personas: [{ name: 'Typical customer', scores: [3] }],
        }),
      ),
    ).toMatch(/personas\.0\.scores\.0: An emotion score must be from −2 to \+2\./);
    expect(
      refusal(() =>
        parseChartData('tone-drift', { ...chartExamples['tone-drift'], brand: [4, 2, 2, 9] }),
      ),
    ).toMatch(/brand\.3: The brand’s score 9 is outside the scale 1–5\./);
    expect(
      refusal(() => parseChartData('tone-drift', { ...chartExamples['tone-drift'], max: 1 })),
    ).toMatch(/max: The scale’s ends must differ\./);
  });

  it('refuses series that do not line up with the phases or dimensions', () => {
    expect(
      refusal(() =>
        parseChartData('emotion-curve', {
          phases: ['Awareness', 'Consideration'],
          personas: [{ name: 'Operations lead', scores: [1] }],
        }),
      ),
    ).toMatch(/“Operations lead” needs one score \(or null\) per phase \(2\)\./);
    expect(
      refusal(() =>
        parseChartData('tone-drift', {
          ...chartExamples['tone-drift'],
          channels: [{ name: 'Email', scores: [3] }],
        }),
      ),
    ).toMatch(/“Email” needs one score \(or null\) per dimension \(4\)\./);
    expect(
      refusal(() =>
        parseChartData('tone-drift', {
          ...chartExamples['tone-drift'],
          poles: [
            { low: 'Funny', high: 'Serious', towardsLow: 'funnier', towardsHigh: 'more serious' },
          ],
        }),
      ),
    ).toMatch(/poles: The scale’s ends need naming once per dimension \(4\)\./);
  });

  it('refuses campaigns with impossible dates or a phase the chart lacks', () => {
    const base = { phases: ['Awareness'], campaigns: [] };
    const campaign = { name: 'Spring push', phaseIndex: 0, start: '2027-03-01', end: '2027-04-01' };
    const refused = (changes: object) =>
      refusal(() =>
        parseChartData('campaign-timeline', { ...base, campaigns: [{ ...campaign, ...changes }] }),
      );
    expect(refused({ end: '2027-02-01' })).toMatch(/“Spring push” ends before it starts\./);
    expect(refused({ start: '2027-02-30' })).toMatch(/That is not a real date\./);
    expect(refused({ start: '1 March' })).toMatch(/Use a date like 2026-11-22\./);
    expect(refused({ phaseIndex: 1 })).toMatch(/tied to a phase the chart does not have\./);
    expect(refused({ phaseIndex: -2 })).toMatch(/campaigns\.0\.phaseIndex/);
  });

  it('takes a timeline part’s span of real dates, and refuses one that ends before it starts', () => {
    const data = { ...chartExamples['campaign-timeline'] };
    const span = { start: '2027-01-04', end: '2027-12-31' };
    expect(parseChartData('campaign-timeline', { ...data, span })).toEqual({ ...data, span });
    expect(
      refusal(() =>
        parseChartData('campaign-timeline', {
          ...data,
          span: { start: '2027-12-31', end: '2027-01-04' },
        }),
      ),
    ).toMatch(/The timeline’s span ends before it starts\./);
    expect(
      refusal(() =>
        parseChartData('campaign-timeline', { ...data, span: { ...span, end: '2027-02-30' } }),
      ),
    ).toMatch(/That is not a real date\./);
  });

  it('refuses names longer than a consultant could mean, and says which', () => {
    expect(
      refusal(() => parseChartData('emotion-curve', { phases: ['x'.repeat(201)], personas: [] })),
    ).toMatch(/phases\.0: Phase name can be at most 200 characters\./);
  });

  it('lists at most five reasons and counts the rest', () => {
    const message = refusal(() =>
      parseChartData('emotion-curve', {
        phases: ['Awareness'],
        personas: Array.from({ length: 8 }, (_, i) => ({ name: `P${i}`, scores: [9] })),
      }),
    );
    expect(message.split('; ')).toHaveLength(6);
    expect(message).toMatch(/; and 3 more\.$/);
  });
});
