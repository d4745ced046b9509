import { describe, expect, it } from 'vitest';
import { buildMarketingPlanDocument } from '../../../main/documents/marketing-plan-document';
import { toMarketingPlanSnapshot } from '../../../shared/documents/to-marketing-plan-snapshot';
import { acmeRecords } from '../../shared/documents/fixtures/engagement-records';
import { allChartStandIns } from './drawn-chart-stand-ins';
import { plainLook } from './document-look-fixture';
import { documentXml, headings, paragraphs, tables } from './document-xml';

function planXml(records = acmeRecords(), version: 'working' | 'client' = 'working') {
  const built = toMarketingPlanSnapshot(records, { preparedOn: '2026-12-01', charts: [] });
  const snapshot = { ...built, choices: { ...built.choices, version } };
  return documentXml(
    buildMarketingPlanDocument(snapshot, allChartStandIns(), plainLook(snapshot.engagement)),
  );
}

describe('marketing as an investment in the marketing plan', () => {
  it('closes the Campaigns chapter with the budget per phase, the cost per result and the return, as the planner shows them', async () => {
    const records = acmeRecords();
    const xml = await planXml({ ...records, plan: { ...records.plan, averageDealSize: 2000 } });
    const titles = headings(xml);
    expect(titles.indexOf('2 Marketing as an investment')).toBeGreaterThan(
      titles.indexOf('1 Campaigns'),
    );
    expect(paragraphs(xml).map((paragraph) => paragraph.text)).toContain(
      'The campaigns cost €12,000 and are expected to bring €240,000: a return of 1900 % on the marketing investment, paid back in 0.6 months.',
    );
    const all = tables(xml);
    expect(all.find((table) => table[0]?.join('|') === 'Phase|Campaigns|Budget')).toEqual([
      ['Phase', 'Campaigns', 'Budget'],
      ['Awareness', '1', '€12,000'],
      ['Conversion', '1 (1 without a budget)', 'No budget yet'],
      ['Total', '2', '€12,000'],
    ]);
    const costs = all.find((table) => table[0]?.[0] === 'Result');
    expect(costs?.[0]).toEqual(['Result', 'Counted at', 'Cautious', 'Expected', 'Ambitious']);
    expect(costs?.[3]).toEqual([
      'Cost per new customer',
      'Conversion (the goal)',
      '€90.91 · 132 needed',
      '€90.91 · 132 needed',
      '€90.91 · 132 needed',
    ]);
    const figures = all.find((table) => table[0]?.[0] === 'Figure');
    expect(figures?.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['Marketing budget', '€12,000'],
      ['Expected revenue', '€240,000'],
      ['Return on marketing investment', '1900 %'],
      ['Payback period', '0.6 months'],
    ]);
  });

  it('says why there are no figures when budgets are in two currencies', async () => {
    const records = acmeRecords();
    const [first, second] = records.campaigns;
    const xml = await planXml({
      ...records,
      campaigns: [first!, { ...second!, budget: 5000, budgetCurrency: 'USD' }],
    });
    expect(headings(xml)).toContain('2 Marketing as an investment');
    expect(tables(xml).some((table) => table[0]?.[0] === 'Result')).toBe(false);
    expect(paragraphs(xml).some((paragraph) => /USD/.test(paragraph.text))).toBe(true);
  });

  it('gives the client the same figures with a dash where one is missing and nothing still to set', async () => {
    const xml = await planXml(acmeRecords(), 'client');
    const texts = paragraphs(xml).map((paragraph) => paragraph.text);
    expect(texts).toContain('The campaigns cost €12,000.');
    const all = tables(xml);
    expect(all.find((table) => table[0]?.join('|') === 'Phase|Campaigns|Budget')).toEqual([
      ['Phase', 'Campaigns', 'Budget'],
      ['Awareness', '1', '€12,000'],
      ['Conversion', '1', '—'],
      ['Total', '2', '€12,000'],
    ]);
    const figures = all.find((table) => table[0]?.[0] === 'Figure');
    expect(figures?.[1]).toEqual(['Marketing budget', '€12,000', '1 campaign with a budget']);
    expect(figures?.[2]?.slice(0, 2)).toEqual(['Expected revenue', '—']);
    const words = [...texts, ...all.flat(2)].join('\n');
    expect(words).not.toMatch(/ yet|without a budget/);
  });
});
