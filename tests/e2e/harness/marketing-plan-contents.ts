import { chartKinds, chartNames } from '../../../shared/charts/chart-kinds';

/** The marketing plan's chapters: the executive summary, then one per worksheet in method order. */
export const planChapterTitles = [
  'Executive summary',
  'Situation analysis',
  'Objectives',
  'Sales & marketing alignment',
  'Self-critique',
  'Brand personality',
  'Customer journey',
  'Work-backwards plan',
  'Campaigns',
  'Action items',
];

/**
 * The plan's charts as their images are named in the document, in document order: all of them
 * once a campaign has a budget; the budget-and-revenue chart is left out while none has.
 */
export function planChartImageNames({ budgeted }: { budgeted: boolean }): string[] {
  return chartKinds
    .filter((kind) => budgeted || kind !== 'investment-return')
    .map((kind) => chartNames[kind]);
}
