import { maxCampaignBudget, maxCampaignTarget } from '../../../../shared/domain/campaign';
import { maxBufferPercent, maxGoal, maxMoney } from '../../../../shared/domain/plan';
import { currencySymbol } from '../../../../shared/domain/currency';
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

const readBudget = decimalParser('The budget', { min: 0, max: maxCampaignBudget });

/** "€", "EUR", "$"… before or after the amount: the currency the consultant typed it in. */
const currencyMark = /^([A-Za-z]{3}|[^\d\s.,+-]{1,3})?\s*(.*?)\s*([A-Za-z]{3}|[^\d\s.,+-]{1,3})?$/;

function markMeans(mark: string, currency: string): boolean {
  if (currency === '') return false;
  return mark.toUpperCase() === currency || mark === currencySymbol(currency);
}

/**
 * A campaign's budget in the engagement's currency: "12000", "12,000", "€12,000", "12000 EUR";
 * blank clears it. An amount typed in another currency is refused rather than stored beside
 * budgets it cannot be added to; so are negative, absurdly large and worded amounts.
 */
export function budgetParserIn(currency: string): Parser<number | null> {
  return (draft) => {
    const text = draft.trim();
    const [, before = '', amount = '', after = ''] = currencyMark.exec(text) ?? [];
    const mark = before || after;
    if (/[a-z]{4,}/i.test(text.replace(/e[+-]?\d+$/i, '')) || /^[a-z]{1,2}$/i.test(mark))
      return { ok: false, message: 'Write the budget in digits, like 10000 or 2500.50.' };
    if (mark && before && after)
      return { ok: false, message: 'Write the budget as one amount, like 12000.' };
    if (mark && !markMeans(mark, currency))
      return {
        ok: false,
        message:
          currency === ''
            ? 'Choose this engagement’s currency first (under Marketing as an investment); every budget is then in it.'
            : `This engagement’s budgets are in ${currency}: enter the amount in ${currency}. Budgets in two currencies cannot be added up.`,
      };
    const number = mark ? amount : text;
    if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(number)) {
      const value = Number(number);
      return Number.isFinite(value) && value > maxCampaignBudget
        ? { ok: false, message: `The budget can be at most ${formatWhole(maxCampaignBudget)}.` }
        : { ok: false, message: 'Write the budget out in digits, like 12000.' };
    }
    return readBudget(number);
  };
}

/** A date field: blank, or a real date like 2027-03-01. */
export const dateParser: Parser<string> = (draft) => {
  const text = draft.trim();
  if (text === '' || /^\d{4}-\d{2}-\d{2}$/.test(text)) return { ok: true, value: text };
  return { ok: false, message: 'Use a date like 2027-03-01.' };
};
