import { describe, expect, it } from 'vitest';
import { planPastedLines } from '../../../shared/domain/critique-lines';

describe('pasted lists', () => {
  it('makes one entry per non-empty line, without bullets or numbers', () => {
    const plan = planPastedLines(
      '- Fast support\r\n\r\n* Loyal clients\n2. Strong brand\n  • Low churn  ',
      10,
      500,
    );
    expect(plan.accepted).toEqual(['Fast support', 'Loyal clients', 'Strong brand', 'Low churn']);
    expect(plan.leftover).toEqual([]);
  });

  it('keeps what does not fit, saying why, when thousands of lines are pasted', () => {
    const lines = Array.from({ length: 5000 }, (_, index) => `Finding ${index + 1}`);
    lines[2] = 'y'.repeat(600);
    const plan = planPastedLines(lines.join('\n'), 3, 500);
    expect(plan.accepted).toEqual(['Finding 1', 'Finding 2', 'Finding 4']);
    expect(plan.tooLong).toBe(1);
    expect(plan.noRoom).toBe(4996);
    expect(plan.leftover).toHaveLength(4997);
    expect(plan.leftover[0]).toBe('y'.repeat(600));
  });

  it('takes nothing when there is no room or the room is absurd', () => {
    expect(planPastedLines('a\nb', 0, 500).accepted).toEqual([]);
    expect(planPastedLines('a\nb', -3, 500).leftover).toEqual(['a', 'b']);
    expect(planPastedLines('a\nb', Number.NaN, 500).noRoom).toBe(2);
  });
});
