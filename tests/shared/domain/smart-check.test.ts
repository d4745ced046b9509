import { describe, expect, it } from 'vitest';
import { emptyObjective, type ObjectiveEditable } from '../../../shared/domain/objective';
import { checkSmart, type SmartIssueCode } from '../../../shared/domain/smart-check';

const context = { today: '2026-11-22', sessionDate: '2026-11-30' };

const smart: ObjectiveEditable = {
  ...emptyObjective('grow sales'),
  metric: 'Revenue from new customers',
  baseline: 1_000_000,
  target: 1_250_000,
  unit: 'EUR',
  deadline: '2027-12-31',
  owner: 'Dana Fox, Sales director',
};

function codes(objective: ObjectiveEditable, at = context): SmartIssueCode[] {
  return checkSmart(objective, at).criteria.flatMap((criterion) =>
    criterion.issues.map((issue) => issue.code),
  );
}

function statusOf(objective: ObjectiveEditable, key: string, at = context) {
  return checkSmart(objective, at).criteria.find((criterion) => criterion.key === key)?.status;
}

describe('SMART check', () => {
  it('passes a refined objective with metric, baseline, target, unit, deadline and owner', () => {
    const check = checkSmart(smart, context);
    expect(check.passed).toBe(true);
    expect(check.passedCount).toBe(4);
    expect(codes(smart)).toEqual([]);
  });

  it('flags a vague statement with nothing refined: every criterion says what is missing', () => {
    const vague = emptyObjective('grow sales');
    const check = checkSmart(vague, context);
    expect(check.passed).toBe(false);
    expect(check.passedCount).toBe(0);
    expect(codes(vague)).toEqual([
      'no-metric',
      'vague-statement',
      'no-owner',
      'no-baseline',
      'no-target',
      'no-unit',
      'not-comparable',
      'no-deadline',
    ]);
    expect(statusOf(vague, 'achievable')).toBe('unknown');
  });

  it('does not call a statement with a number vague, nor one already given a target', () => {
    expect(codes(emptyObjective('grow sales 20% by 2028'))).not.toContain('vague-statement');
    expect(codes({ ...emptyObjective('grow sales'), target: 10 })).not.toContain('vague-statement');
  });

  it('fails a target that is not above the baseline when the metric should increase', () => {
    const below = { ...smart, target: 900_000 };
    expect(statusOf(below, 'achievable')).toBe('fail');
    expect(codes(below)).toEqual(['target-wrong-side']);
    const message = checkSmart(below, context).criteria[2]?.issues[0]?.message;
    expect(message).toContain('900,000 EUR');
    expect(message).toContain('below the baseline (1,000,000 EUR)');
    expect(codes({ ...smart, target: 1_000_000 })).toEqual(['target-equals-baseline']);
  });

  it('wants the target below the baseline when the consultant chooses decrease', () => {
    const churn = { ...smart, metric: 'Churn', unit: '%', baseline: 12, target: 8 };
    expect(codes({ ...churn, direction: 'decrease' })).toEqual([]);
    expect(codes({ ...churn, direction: 'increase' })).toEqual(['target-wrong-side']);
    expect(codes({ ...churn, direction: 'decrease', target: 15 })).toEqual(['target-wrong-side']);
  });

  it('cautions, without failing, when the target is more than ten times the baseline', () => {
    const steep = { ...smart, baseline: 100, target: 5_000 };
    expect(statusOf(steep, 'achievable')).toBe('pass');
    expect(checkSmart(steep, context).passed).toBe(true);
    expect(codes(steep)).toEqual(['steep-change']);
  });

  it('flags a deadline that has passed, or falls before the session being worked in', () => {
    expect(codes({ ...smart, deadline: '2025-06-30' })).toEqual(['deadline-passed']);
    expect(codes({ ...smart, deadline: '2026-11-25' })).toEqual(['deadline-before-session']);
    expect(codes({ ...smart, deadline: '2026-11-30' })).toEqual([]);
    expect(codes({ ...smart, deadline: '' })).toEqual(['no-deadline']);
  });

  it('cautions on a deadline more than ten years away', () => {
    expect(codes({ ...smart, deadline: '2040-01-01' })).toEqual(['distant-deadline']);
    expect(checkSmart({ ...smart, deadline: '2040-01-01' }, context).passed).toBe(true);
  });

  it('asks for an owner and a unit even when the numbers are complete', () => {
    expect(codes({ ...smart, owner: '  ' })).toEqual(['no-owner']);
    expect(codes({ ...smart, unit: '' })).toEqual(['no-unit']);
  });

  it('judges negative values the same way when the metric can go below zero', () => {
    const profit = { ...smart, allowNegative: true, baseline: -50_000, target: 20_000 };
    expect(codes(profit)).toEqual([]);
  });
});
