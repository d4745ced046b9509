import { describe, expect, it } from 'vitest';
import { hasEmotionScores, toEmotionCurveData } from '../../../shared/charts/emotion-curve-data';

const phases = [
  { id: 'p1', name: 'Awareness', emotion: 1 },
  { id: 'p2', name: '  ', emotion: null },
  { id: 'p3', name: 'Advocacy', emotion: 2 },
];

describe('toEmotionCurveData', () => {
  it('draws the typical customer first, then each persona in order, with gaps as null', () => {
    const data = toEmotionCurveData({
      phases,
      personas: [
        { id: 'maya', name: 'Maya' },
        { id: 'sam', name: '' },
      ],
      scores: [
        { phaseId: 'p1', personaId: 'maya', score: -1 },
        { phaseId: 'p3', personaId: 'maya', score: 2 },
        { phaseId: 'p3', personaId: 'gone', score: -2 },
      ],
    });
    expect(data).toEqual({
      phases: ['Awareness', 'Phase 2', 'Advocacy'],
      personas: [
        { name: 'Typical customer', scores: [1, null, 2] },
        { name: 'Maya', scores: [-1, null, 2] },
        { name: 'Persona 2', scores: [null, null, null] },
      ],
    });
    expect(hasEmotionScores(data)).toBe(true);
  });

  it('has nothing to draw when no phase is scored', () => {
    const data = toEmotionCurveData({
      phases: phases.map((phase) => ({ ...phase, emotion: null })),
      personas: [],
      scores: [],
    });
    expect(hasEmotionScores(data)).toBe(false);
  });
});
