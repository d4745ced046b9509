import type { PersonaEmotionScore } from '../domain/emotion-score';
import { usableEmotion } from '../domain/emotion-scale';
import type { JourneyPhase } from '../domain/journey-phase';
import type { Persona } from '../domain/persona';
import type { EmotionCurveData } from './chart-data';
import { phaseDisplayName } from './chart-text';

/** The curve drawn from each phase's own emotion score, beside the personas' curves. */
export const typicalCustomerLabel = 'Typical customer';

export function personaDisplayName(name: string, index: number): string {
  return name.trim() || `Persona ${index + 1}`;
}

interface EmotionCurveSource {
  /** In journey order. */
  phases: readonly Pick<JourneyPhase, 'id' | 'name' | 'emotion'>[];
  /** In the engagement's persona order. */
  personas: readonly Pick<Persona, 'id' | 'name'>[];
  scores: readonly Pick<PersonaEmotionScore, 'phaseId' | 'personaId' | 'score'>[];
}

/**
 * The chart's data from the journey map: the typical customer's curve (the phases' own scores)
 * first, then one per persona, in a fixed order so each keeps its colour. Unscored phases stay
 * null, so the chart leaves a gap rather than drawing a zero.
 */
export function toEmotionCurveData({
  phases,
  personas,
  scores,
}: EmotionCurveSource): EmotionCurveData {
  const byPersonaAndPhase = new Map(
    scores.map((row) => [`${row.personaId}|${row.phaseId}`, usableEmotion(row.score)]),
  );
  return {
    phases: phases.map((phase, index) => phaseDisplayName(phase.name, index)),
    personas: [
      {
        name: typicalCustomerLabel,
        scores: phases.map((phase) => usableEmotion(phase.emotion)),
      },
      ...personas.map((persona, index) => ({
        name: personaDisplayName(persona.name, index),
        scores: phases.map((phase) => byPersonaAndPhase.get(`${persona.id}|${phase.id}`) ?? null),
      })),
    ],
  };
}

/** Whether any curve has a score to draw. */
export function hasEmotionScores(data: EmotionCurveData): boolean {
  return data.personas.some((line) => line.scores.some((score) => usableEmotion(score) !== null));
}
