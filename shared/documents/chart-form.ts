import { z } from 'zod';
import { chartStyles, type ChartStyle } from '../domain/document-choices';

/**
 * How the plan carries its line and bar charts (emotion curve, work-backwards funnel, tone
 * drift): as pictures, the same on every reader, or as native Word charts the client can edit
 * (change a number in Word and the chart follows). The consultant chooses per export.
 */
export const chartForms = chartStyles;
/** Remembered per engagement with the version and sections (DocumentChoices' charts). */
export type ChartForm = ChartStyle;
export const defaultChartForm: ChartForm = 'pictures';

export const chartFormSchema = z.enum(chartForms, {
  error: () => `Charts come as ${chartForms.join(' or ')}.`,
});

/** The words the export flow shows for each form. */
export const chartFormLabels: Record<ChartForm, string> = {
  pictures: 'Pictures',
  native: 'Editable Word charts',
};
