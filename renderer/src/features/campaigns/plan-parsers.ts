import { maxCampaignBudget, maxCampaignTarget } from '../../../../shared/domain/campaign';
import { maxBufferPercent, maxGoal, maxMoney } from '../../../../shared/domain/plan';
import { formatWhole } from '../../../../shared/planning/number-format';
import { decimalParser } from '../../components/decimal-parser';
import type { ParseResult } from '../../hooks/use-autosave';

type Parser<T> = (draft: string) => ParseResult<T>;

/** A decimal parser that also insists on a whole number. */
function wholeParser(
  label: string,
  min: number,
  max: number,
  messages: { belowMinMessage?: string; aboveMaxMessage?: string } = {},
): Parser<number | null> {
  const read = decimalParser(label, { min, max, ...messages });
  return (draft) => {
    const parsed = read(draft);
    if (parsed.ok && parsed.value !== null && !Number.isInteger(parsed.value))
      return { ok: false, message: `${label} must be a whole number.` };
    return parsed;
  };
}

/** A conversion rate in percent, "35" or "12.5 %"; blank clears it. */
export const rateParser = decimalParser('A conversion rate', {
  min: 0,
  max: 100,
  percent: true,
  belowMinMessage: 'A conversion rate cannot be below 0 %.',
  aboveMaxMessage: 'A conversion rate cannot be above 100 %.',
});

export const goalParser = wholeParser('The goal', 1, maxGoal, {
  belowMinMessage: 'Set a goal of at least 1: the plan works back from something to reach.',
  aboveMaxMessage: `The goal can be at most ${formatWhole(maxGoal)}. Check the number.`,
});

/** The buffer is never blank: 0 says "no buffer" plainly. */
const readBuffer = decimalParser('The safety buffer', {
  min: 0,
  max: maxBufferPercent,
  percent: true,
  belowMinMessage: 'The safety buffer cannot be below 0 %.',
});
export const bufferParser: Parser<number> = (draft) => {
  const parsed = readBuffer(draft);
  if (!parsed.ok) return parsed;
  if (parsed.value === null)
    return { ok: false, message: 'Enter a safety buffer in percent, 0 for none.' };
  return { ok: true, value: parsed.value };
};

export function moneyParser(label: string): Parser<number | null> {
  const read = decimalParser(label, { min: 0, max: maxMoney });
  return (draft) => {
    const parsed = read(draft);
    if (parsed.ok && parsed.value === 0)
      return { ok: false, message: `${label} must be above zero.` };
    return parsed;
  };
}

export const targetParser = wholeParser('The target', 0, maxCampaignTarget);

export const budgetParser = decimalParser('The budget', { min: 0, max: maxCampaignBudget });

/** A date field: blank, or a real date like 2027-03-01. */
export const dateParser: Parser<string> = (draft) => {
  const text = draft.trim();
  if (text === '' || /^\d{4}-\d{2}-\d{2}$/.test(text)) return { ok: true, value: text };
  return { ok: false, message: 'Use a date like 2027-03-01.' };
};
