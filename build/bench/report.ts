import { budgets, type BudgetName } from './budgets';

export interface Measurement {
  label: string;
  value: number;
  unit: string;
  /** The budget it is held to; none for a figure shown for context. */
  budget?: BudgetName;
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function withinBudget(measurement: Measurement): boolean {
  if (!measurement.budget) return true;
  return Number.isFinite(measurement.value) && measurement.value <= budgets[measurement.budget];
}

const format = (value: number, unit: string) =>
  `${Number.isInteger(value) ? value : value.toFixed(1)}${unit ? ` ${unit}` : ''}`;

/** The results as a plain table; true when every budgeted figure is within its budget. */
export function printReport(measurements: readonly Measurement[]): boolean {
  const rows = measurements.map((measurement) => [
    measurement.label,
    format(measurement.value, measurement.unit),
    measurement.budget ? `≤ ${format(budgets[measurement.budget], measurement.unit)}` : '',
    measurement.budget ? (withinBudget(measurement) ? 'ok' : 'OVER BUDGET') : '',
  ]);
  const header = ['Measure', 'Result', 'Budget', ''];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 1 || column === 2
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  return measurements.every(withinBudget);
}
