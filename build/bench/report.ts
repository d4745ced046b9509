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

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** How many times each timed scenario runs after its warm-up; BENCH_RUNS changes it (at least 5). */
export function benchRuns(): number {
  return Math.max(5, Number(process.env.BENCH_RUNS) || 5);
}

export function withinBudget(measurement: Measurement): boolean {
  if (!measurement.budget) return true;
  return Number.isFinite(measurement.value) && measurement.value <= budgets[measurement.budget];
}

const format = (value: number, unit: string) => {
  const number = Number.isInteger(value)
    ? String(value)
    : value.toFixed(Math.abs(value) < 10 && unit !== 'ms' ? 2 : 1);
  if (!unit) return number;
  return unit === '×' ? `${number}×` : `${number} ${unit}`;
};

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
