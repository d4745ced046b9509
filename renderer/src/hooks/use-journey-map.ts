import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonaEmotionScore } from '../../../shared/domain/emotion-score';
import type { JourneyPhase } from '../../../shared/domain/journey-phase';
import type { Objection } from '../../../shared/domain/objection';
import type { Persona } from '../../../shared/domain/persona';
import type { TouchPoint } from '../../../shared/domain/touch-point';
import { emotionScoreRepository } from '../db/repositories/emotion-score-repository';
import { journeyPhaseRepository } from '../db/repositories/journey-phase-repository';
import { objectionRepository } from '../db/repositories/objection-repository';
import { personaRepository } from '../db/repositories/persona-repository';
import { touchPointRepository } from '../db/repositories/touch-point-repository';

export interface JourneyMapRecords {
  /** In journey order. */
  phases: JourneyPhase[];
  /** In order within each phase. */
  touchPoints: TouchPoint[];
  emotionScores: PersonaEmotionScore[];
  personas: Persona[];
  /** The alignment's objections, in order; those placed in a phase show in it on the map. */
  objections: Objection[];
}

/** Everything the journey map shows, read together so the views and the chart agree; undefined while loading. */
export function useJourneyMap(engagementId: string): JourneyMapRecords | undefined {
  return useLiveQuery(async () => {
    const [phases, touchPoints, emotionScores, personas, objections] = await Promise.all([
      journeyPhaseRepository.list(engagementId),
      touchPointRepository.listForEngagement(engagementId),
      emotionScoreRepository.listForEngagement(engagementId),
      personaRepository.list(engagementId),
      objectionRepository.list(engagementId),
    ]);
    return { phases, touchPoints, emotionScores, personas, objections };
  }, [engagementId]);
}
