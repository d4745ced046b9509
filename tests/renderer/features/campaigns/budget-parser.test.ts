import { describe, expect, it } from 'vitest';
import { budgetParserIn } from '../../../../renderer/src/features/campaigns/plan-parsers';

const inEuros = budgetParserIn('EUR');
const message = (draft: string, read = inEuros) => {
  const parsed = read(draft);
  return parsed.ok ? null : parsed.message;
};

describe('a campaign budget as typed', () => {
  it('reads amounts with or without the engagement’s currency', () => {
    for (const draft of ['12000', '12,000', '€12,000', '€ 12000', '12000 EUR', 'eur 12000'])
      expect(inEuros(draft)).toEqual({ ok: true, value: 12_000 });
    expect(inEuros('2500.50')).toEqual({ ok: true, value: 2500.5 });
    expect(inEuros('  ')).toEqual({ ok: true, value: null });
    expect(budgetParserIn('CHF')('CHF 900')).toEqual({ ok: true, value: 900 });
  });

  it('refuses −5, 1e20 and “ten thousand” with a clear message', () => {
    expect(message('-5')).toBe('The budget cannot be negative.');
    expect(message('1e20')).toBe('The budget can be at most 10,000,000,000.');
    expect(message('ten thousand')).toBe('Write the budget in digits, like 10000 or 2500.50.');
    expect(message('100000000000')).toBe('The budget can be at most 10,000,000,000.');
    expect(message('1e3')).toBe('Write the budget out in digits, like 12000.');
    expect(message('12k')).toBe('Write the budget in digits, like 10000 or 2500.50.');
  });

  it('refuses an amount in another currency rather than mixing currencies', () => {
    expect(message('$5000')).toBe(
      'This engagement’s budgets are in EUR: enter the amount in EUR. Budgets in two currencies cannot be added up.',
    );
    expect(message('5000 USD')).toBe(message('$5000'));
    expect(message('€5000 EUR')).toBe('Write the budget as one amount, like 12000.');
    expect(message('€5000', budgetParserIn(''))).toBe(
      'Choose this engagement’s currency first (under Marketing as an investment); every budget is then in it.',
    );
  });
});
