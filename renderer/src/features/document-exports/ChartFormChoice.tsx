import {
  chartFormLabels,
  chartForms,
  type ChartForm,
} from '../../../../shared/documents/chart-form';

/**
 * How this export carries the plan's line and bar charts: pictures (the default) or native Word
 * charts the client can edit. Chosen per export, beside the export button.
 */
export function ChartFormChoice({
  value,
  onChange,
}: {
  value: ChartForm;
  onChange: (form: ChartForm) => void;
}) {
  return (
    <label className="chart-form-choice">
      <span>Charts</span>
      <select
        value={value}
        title="The emotion curve, work-backwards funnel and tone drift as pictures, or as charts the client can edit in Word"
        onChange={(event) => onChange(event.target.value as ChartForm)}
      >
        {chartForms.map((form) => (
          <option key={form} value={form}>
            {chartFormLabels[form]}
          </option>
        ))}
      </select>
    </label>
  );
}
