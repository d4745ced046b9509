import { describe, expect, it } from 'vitest';
import { objectionSchema, sortByFrequency } from '../../../shared/domain/objection';

describe('objections', () => {
  it('sorts the most often heard first and keeps the order within a frequency', () => {
    const items = [
      { id: 'a', frequency: 'rarely' },
      { id: 'b', frequency: 'often' },
      { id: 'c', frequency: 'sometimes' },
      { id: 'd', frequency: 'often' },
    ] as const;
    expect(sortByFrequency(items).map((item) => item.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('refuses an unknown frequency and an over-long answer with a clear message', () => {
    const base = {
      id: 'o1',
      engagementId: 'e1',
      position: 1,
      objection: 'Too expensive',
      answer: '',
      frequency: 'often',
      createdAt: 1,
      updatedAt: 1,
    };
    expect(
      objectionSchema.safeParse({ ...base, frequency: 'daily' }).error?.issues[0]?.message,
    ).toBe('Choose often, sometimes or rarely.');
    expect(
      objectionSchema.safeParse({ ...base, answer: 'x'.repeat(10_001) }).error?.issues[0]?.message,
    ).toBe('Agreed answer can be at most 10,000 characters.');
  });
});
