import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toneDimensions } from '../../../shared/domain/tone';
import {
  compareTone,
  describeDeviations,
  deviationPhrase,
  overallConsistency,
  usableScore,
} from '../../../shared/domain/tone-consistency';

const scale = { min: 1, max: 5 };
const formalCasual = toneDimensions[1]!;

describe('tone consistency', () => {
  it('is 100 % for identical profiles, with nothing drifting', () => {
    const result = compareTone([4, 2, 3, 5], [4, 2, 3, 5], scale);
    expect(result).toMatchObject({ score: 100, compared: 4, drifts: [] });
    expect(result.deviations.every((deviation) => deviation.level === 'match')).toBe(true);
  });

  it('is 0 % at extreme drift: every dimension at the opposite end of the scale', () => {
    const result = compareTone([1, 1, 5, 5], [5, 5, 1, 1], scale);
    expect(result.score).toBe(0);
    expect(result.drifts.map((drift) => drift.difference)).toEqual([4, 4, -4, -4]);
  });

  it('falls by 6.25 % per point of difference on one of four dimensions (rounded)', () => {
    expect(compareTone([3, 3, 3, 3], [3, 4, 3, 3], scale).score).toBe(94);
    expect(compareTone([3, 3, 3, 3], [3, 1, 3, 3], scale).score).toBe(88);
    expect(compareTone([3, 3, 3, 3], [5, 1, 3, 3], scale).score).toBe(75);
  });

  it('flags a dimension as drifting from 2 points; 1 point is slight', () => {
    const result = compareTone([3, 3, 3, 3], [4, 1, 3, 3], scale);
    expect(result.deviations.map((deviation) => deviation.level)).toEqual([
      'slight',
      'drift',
      'match',
      'match',
    ]);
    expect(result.drifts).toEqual([{ dimension: 1, difference: -2, level: 'drift' }]);
  });

  it('compares only the dimensions scored on both sides', () => {
    const result = compareTone([3, null, 3, 3], [3, 5, null, 1], scale);
    expect(result.compared).toBe(2);
    expect(result.score).toBe(75);
    expect(result.drifts.map((drift) => drift.dimension)).toEqual([3]);
  });

  it('has no score, rather than 0 % or NaN, when nothing can be compared', () => {
    expect(compareTone([null, null, null, null], [1, 2, 3, 4], scale)).toEqual({
      score: null,
      compared: 0,
      deviations: [],
      drifts: [],
    });
    expect(compareTone([1, 2, 3, 4], [null, null, null, null], scale).score).toBeNull();
    expect(compareTone([], [], scale).score).toBeNull();
  });

  it('treats absurd numbers as unscored', () => {
    const absurd = [Number.NaN, Number.POSITIVE_INFINITY, 99, -3] as number[];
    expect(compareTone([3, 3, 3, 3], absurd, scale).score).toBeNull();
    expect(compareTone(absurd, [3, 3, 3, 3], scale).score).toBeNull();
    expect(usableScore('3' as unknown)).toBeNull();
    expect(usableScore(1e308)).toBeNull();
    expect(compareTone([3, 3], [3], scale).compared).toBe(1);
  });

  it('falls back to the 1–5 scale when the given one is unusable', () => {
    expect(compareTone([1], [5], { min: 3, max: 3 }).score).toBe(0);
    expect(compareTone([1], [5], { min: Number.NaN, max: 5 }).score).toBe(0);
  });

  it('always scores from 0 to 100 whatever the input', () => {
    const score = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 5 }), fc.double());
    fc.assert(
      fc.property(
        fc.array(score, { maxLength: 6 }),
        fc.array(score, { maxLength: 6 }),
        (brand, channel) => {
          const result = compareTone(brand, channel, scale);
          if (result.score === null) return result.compared === 0;
          return Number.isInteger(result.score) && result.score >= 0 && result.score <= 100;
        },
      ),
    );
  });

  it('averages the channels that can be compared; one channel is its own overall score', () => {
    const one = compareTone([3, 3, 3, 3], [3, 1, 3, 3], scale);
    const none = compareTone([3, 3, 3, 3], [null, null, null, null], scale);
    const identical = compareTone([3, 3, 3, 3], [3, 3, 3, 3], scale);
    expect(overallConsistency([one])).toBe(88);
    expect(overallConsistency([one, none])).toBe(88);
    expect(overallConsistency([one, identical])).toBe(94);
    expect(overallConsistency([none])).toBeNull();
    expect(overallConsistency([])).toBeNull();
  });
});

describe('naming a drift', () => {
  it('says which way and how far', () => {
    expect(deviationPhrase(formalCasual, -1)).toBe('slightly more formal');
    expect(deviationPhrase(formalCasual, -2)).toBe('more formal');
    expect(deviationPhrase(formalCasual, 4)).toBe('far more casual');
    expect(deviationPhrase(toneDimensions[0]!, -3)).toBe('far funnier');
    expect(deviationPhrase(formalCasual, 0)).toBe('');
    expect(deviationPhrase(formalCasual, Number.NaN)).toBe('');
  });

  it('makes one sentence of a channel’s differences', () => {
    const email = compareTone([3, 3, 3, 3], [3, 1, 3, 3], scale);
    expect(describeDeviations('Email', email.deviations, toneDimensions)).toBe(
      'Email is more formal than the brand.',
    );
    const social = compareTone([3, 3, 3, 3], [1, 4, 3, 5], scale);
    expect(describeDeviations('Social media', social.deviations, toneDimensions)).toBe(
      'Social media is funnier, slightly more casual and more matter-of-fact than the brand.',
    );
    const same = compareTone([3, 3, 3, 3], [3, 3, 3, 3], scale);
    expect(describeDeviations('Website', same.deviations, toneDimensions)).toBeNull();
  });
});
