import { describe, expect, it } from 'vitest';
import { summariseEmotionCurve } from '../../../shared/charts/emotion-curve-summary';

const phases = ['Awareness', 'Consideration', 'Conversion', 'Onboarding', 'Advocacy'];

describe('summariseEmotionCurve', () => {
  it('names the lowest and highest phase, and the sharpest drop', () => {
    expect(
      summariseEmotionCurve({
        phases,
        personas: [{ name: 'Typical customer', scores: [1, 0, -2, 1, 2] }],
      }),
    ).toBe(
      'Emotion across 5 phases, from Awareness to Advocacy (Typical customer). ' +
        'Emotion is lowest at Conversion (−2) and highest at Advocacy (+2). ' +
        'The sharpest drop is from Consideration to Conversion (0 to −2).',
    );
  });

  it('says which phases are not scored instead of counting them as neutral', () => {
    const summary = summariseEmotionCurve({
      phases,
      personas: [{ name: 'Typical customer', scores: [-1, null, -1, null, 1] }],
    });
    expect(summary).toContain('Emotion is lowest at Awareness and Conversion (−1)');
    expect(summary).toContain('Not scored: Consideration and Onboarding.');
    expect(summary).not.toContain('(0)');
  });

  it('describes each persona’s curve and the ones with no scores yet', () => {
    const summary = summariseEmotionCurve({
      phases,
      personas: [
        { name: 'Typical customer', scores: [null, null, null, null, null] },
        { name: 'Maya', scores: [1, 0, -1, -2, 2] },
        { name: 'Sam', scores: [0, -1, -2, null, 1] },
      ],
    });
    expect(summary).toBe(
      'Emotion across 5 phases, from Awareness to Advocacy, for Maya and Sam. ' +
        'Maya is lowest at Onboarding (−2) and highest at Advocacy (+2). ' +
        'The sharpest drop is from Awareness to Consideration (+1 to 0). ' +
        'Sam is lowest at Conversion (−2) and highest at Advocacy (+1). ' +
        'The sharpest drop is from Awareness to Consideration (0 to −1). ' +
        'Not scored for Sam: Onboarding. ' +
        'No scores yet for Typical customer.',
    );
  });

  it('says when the curve is flat', () => {
    expect(
      summariseEmotionCurve({ phases: ['A', 'B'], personas: [{ name: 'X', scores: [0, 0] }] }),
    ).toBe('Emotion across 2 phases, from A to B (X). Emotion stays at 0 in every scored phase.');
  });

  it('speaks plainly about an empty map or one with no scores', () => {
    expect(summariseEmotionCurve({ phases: [], personas: [] })).toBe(
      'The journey map has no phases yet, so there is no emotion curve.',
    );
    expect(summariseEmotionCurve({ phases, personas: [{ name: 'X', scores: [null, null] }] })).toBe(
      'None of the 5 phases of the journey has an emotion score yet.',
    );
    expect(
      summariseEmotionCurve({ phases: ['Awareness'], personas: [{ name: 'X', scores: [2] }] }),
    ).toBe(
      'Emotion in the one phase of the journey, Awareness (X). Emotion stays at +2 in every scored phase.',
    );
  });

  it('shortens long lists of phases and never prints NaN', () => {
    const many = Array.from({ length: 12 }, (_, index) => `P${index + 1}`);
    const summary = summariseEmotionCurve({
      phases: many,
      personas: [{ name: 'X', scores: [Number.NaN, Infinity, ...many.slice(2).map(() => -2)] }],
    });
    expect(summary).toContain('Emotion stays at −2 in every scored phase.');
    expect(summary).toContain('Not scored: P1 and P2.');
    const flat = summariseEmotionCurve({
      phases: many,
      personas: [{ name: 'X', scores: many.map((_, index) => (index < 11 ? 0 : 1)) }],
    });
    expect(flat).toContain('lowest at P1, P2, P3 and 8 more phases (0)');
    expect(`${summary} ${flat}`).not.toMatch(/NaN|Infinity|undefined/);
  });
});
