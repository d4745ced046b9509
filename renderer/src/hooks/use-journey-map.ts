import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonaEmotionScore } from '../../../shared/domain/emotion-score';
import type { JourneyPhase } from '../../../shared/domain/journey-phase';
import type { Persona } from '../../../shared/domain/persona';
import type { TouchPoint } from '../../../shared/domain/touch-point';
import { emotionScoreRepository } from '../db/repositories/emotion-score-repository';
import { journeyPhaseRepository } from '../db/repositories/journey-phase-repository';
import { personaRepository } from '../db/repositories/persona-repository';
import { touchPointRepository } from '../db/repositories/touch-point-repository';

export interface JourneyMapRecords {
  /** In journey order. */
  phases: JourneyPhase[];
  /** In order within each phase. */
  touchPoints: TouchPoint[];
  emotionScores: PersonaEmotionScore[];
  personas: Persona[];
}

/** Everything the journey map shows, read together so the views and the chart agree; undefined while loading. */
export function useJourneyMap(engagementId: string): JourneyMapRecords | undefined {
  return useLiveQuery(async () => {
    const [phases, touchPoints, emotionScores, personas] = await Promise.all([
      journeyPhaseRepository.list(engagementId),
      touchPointRepository.listForEngagement(engagementId),
      emotionScoreRepository.listForEngagement(engagementId),
      personaRepository.list(engagementId),
    ]);
    return { phases, touchPoints, emotionScores, personas };
  }, [engagementId]);
}
