import { describe, expect, it } from 'vitest';
import { stageDuration } from '../../../main/documents/plan-chapters/situation-chapter';

describe('a sales stage’s duration in the plan', () => {
  it('reads 1 week, never 1 weeks, and keeps the plural otherwise', () => {
    expect(stageDuration(1, 'weeks')).toBe('1 week');
    expect(stageDuration(1, 'days')).toBe('1 day');
    expect(stageDuration(1, 'months')).toBe('1 month');
    expect(stageDuration(2, 'weeks')).toBe('2 weeks');
    expect(stageDuration(1.5, 'months')).toBe('1.5 months');
    expect(stageDuration(0, 'days')).toBe('0 days');
  });
});
