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

/** The plan's four charts as their images are named in the document, in document order. */
export const planChartImageNames = chartKinds.map((kind) => chartNames[kind]);
