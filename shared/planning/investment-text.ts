import type { DocumentVersion } from '../domain/document-choices';
import type { CostPer, InvestmentSummary } from './marketing-investment';
import { formatMoney } from './money-format';
import { formatPercent, formatWhole } from './number-format';
import { joinWords } from './plan-warnings';

/**
 * The investment said in words, the same on screen and in the marketing plan: each cost, each
 * figure of the return and its explanation, and the one line for the executive summary. Each
 * takes the reader: the working version (and the screen) says what is still missing ("No budget
 * yet"); the client version puts a dash for a missing figure and leaves out what is still to set.
 */

/** A figure that is not there yet: named for the consultant, a dash for the client. */
function missing(text: string, reader: DocumentVersion): string {
  return reader === 'client' ? '—' : text;
}

export function costText(cost: CostPer, currency: string, reader: DocumentVersion = 'working') {
  if (cost.kind === 'no-budget') return missing('No budget yet', reader);
  if (cost.kind === 'no-volume') return 'Not worked out';
  return formatMoney(cost.value, currency);
}

/** A phase's (or the plan's) budget: "€12,000", or "No budget yet" while none of it is set. */
export function budgetText(
  budgeted: number,
  total: number,
  currency: string,
  reader: DocumentVersion = 'working',
): string {
  return budgeted === 0 ? missing('No budget yet', reader) : formatMoney(total, currency);
}

/** How many campaigns a phase has: "3 (1 without a budget)"; the client reads the count alone. */
export function campaignCountText(
  budgeted: number,
  unbudgeted: number,
  reader: DocumentVersion = 'working',
): string {
  const count = String(budgeted + unbudgeted);
  return unbudgeted > 0 && reader === 'working'
    ? `${count} (${unbudgeted} without a budget)`
    : count;
}

/** "2.4 months", "1 month", "11 months". */
export function monthsText(months: number): string {
  const rounded = Math.round(months * 10) / 10;
  const text = Number.isInteger(rounded) ? formatWhole(rounded) : rounded.toFixed(1);
  return `${text} month${rounded === 1 ? '' : 's'}`;
}

export interface ReturnLine {
  label: string;
  /** The figure, or what stands in for it ("No budget yet"). */
  value: string;
  /** How it was worked out, or why it is missing. */
  note: string;
}

/** Budget, expected revenue, return on marketing investment and payback period, with notes. */
export function returnLines(
  summary: InvestmentSummary,
  goalMetric: string,
  goal: number | null,
  averageDealSize: number | null,
  reader: DocumentVersion = 'working',
): ReturnLine[] {
  const money = (value: number) => formatMoney(value, summary.currency);
  const back = summary.return;
  const budgetNote = [
    `${summary.budgeted} campaign${summary.budgeted === 1 ? '' : 's'} with a budget`,
    summary.unbudgeted.length > 0 && reader === 'working'
      ? `without one yet: ${joinWords(summary.unbudgeted)}`
      : '',
    summary.cancelled > 0
      ? `${summary.cancelled} cancelled campaign${summary.cancelled === 1 ? '' : 's'} left out`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
  const metric = goalMetric.trim() || 'new customers';
  const revenueNote =
    back.revenueFrom === 'deal-size' && goal !== null && averageDealSize !== null
      ? `${formatWhole(goal)} ${metric} × ${money(averageDealSize)} average deal`
      : back.revenueFrom === 'revenue-target'
        ? 'The revenue target the goal was worked out from'
        : 'Enter the average deal size (with a goal) or the revenue target.';
  return [
    {
      label: 'Marketing budget',
      value: summary.total > 0 ? money(summary.total) : missing('No budget yet', reader),
      note: budgetNote,
    },
    {
      label: 'Expected revenue',
      value: back.revenue === null ? missing('Not known yet', reader) : money(back.revenue),
      note: revenueNote,
    },
    {
      label: 'Return on marketing investment',
      value: back.romiPercent === null ? '—' : formatPercent(back.romiPercent),
      note:
        back.net === null
          ? summary.total > 0
            ? 'Needs the expected revenue.'
            : 'Give the campaigns their budgets to see the return on them.'
          : back.net >= 0
            ? `${money(back.net)} more than the budget, for every ${money(1)} spent ${money(1 + back.net / summary.total)} back`
            : `${money(-back.net)} less than the budget`,
    },
    {
      label: 'Payback period',
      value: back.paybackMonths === null ? '—' : monthsText(back.paybackMonths),
      note:
        back.paybackMonths !== null && back.planMonths !== null
          ? `With the revenue spread evenly over the plan’s ${monthsText(back.planMonths)}, from the first campaign’s start to the goal’s deadline${back.paybackMonths > back.planMonths ? ': not within the plan' : ''}`
          : back.planMonths === null
            ? 'Set the goal’s deadline and the campaigns’ start dates.'
            : 'Needs a budget and the expected revenue.',
    },
  ];
}

/**
 * One sentence for the plan's executive summary; null while there is no budget. Until the revenue
 * is known the working version says so; the client version states the cost alone.
 */
export function investmentHeadline(
  summary: InvestmentSummary,
  reader: DocumentVersion = 'working',
): string | null {
  if (summary.total <= 0) return null;
  const money = (value: number) => formatMoney(value, summary.currency);
  const back = summary.return;
  const opening = `The campaigns cost ${money(summary.total)}`;
  if (back.revenue === null || back.romiPercent === null)
    return reader === 'client'
      ? `${opening}.`
      : `${opening}; the expected revenue is not known yet.`;
  const payback =
    back.paybackMonths === null ? '' : `, paid back in ${monthsText(back.paybackMonths)}`;
  return `${opening} and are expected to bring ${money(back.revenue)}: a return of ${formatPercent(back.romiPercent)} on the marketing investment${payback}.`;
}
