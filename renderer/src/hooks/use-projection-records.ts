import { useLiveQuery } from 'dexie-react-hooks';
import { clockStateOf } from '../../../shared/domain/facilitator-clock-record';
import { agendaRepository } from '../db/repositories/agenda-repository';
import {
  critiqueEntryRepository,
  critiqueSheetRepository,
} from '../db/repositories/critique-repository';
import { emotionScoreRepository } from '../db/repositories/emotion-score-repository';
import { engagementRepository } from '../db/repositories/engagement-repository';
import { facilitatorClockRepository } from '../db/repositories/facilitator-clock-repository';
import { journeyPhaseRepository } from '../db/repositories/journey-phase-repository';
import { objectionRepository } from '../db/repositories/objection-repository';
import { objectiveRepository } from '../db/repositories/objective-repository';
import { personaRepository } from '../db/repositories/persona-repository';
import { planRepository } from '../db/repositories/plan-repository';
import { sessionNoteRepository } from '../db/repositories/session-note-repository';
import { sessionRepository } from '../db/repositories/session-repository';
import { touchPointRepository } from '../db/repositories/touch-point-repository';
import type { ProjectionRecords } from '../features/projector/projection/records';

/**
 * Everything the projector can show of an engagement and one session, read live so the projector
 * follows each edit; undefined while loading, null when the engagement is gone.
 */
export function useProjectionRecords(
  engagementId: string,
  sessionId: string | null,
): ProjectionRecords | null | undefined {
  return useLiveQuery(async () => {
    const sessions = await sessionRepository.listForEngagement(engagementId);
    const session =
      sessions.find((candidate) => candidate.id === sessionId) ?? sessions.at(-1) ?? null;
    const sid = session?.id ?? '';
    const [engagement, agendaItems, clock, sessionNotes] = await Promise.all([
      engagementRepository.get(engagementId),
      session ? agendaRepository.listForSession(sid) : [],
      session ? facilitatorClockRepository.get(sid) : null,
      session ? sessionNoteRepository.listForSession(sid) : [],
    ]);
    if (!engagement) return null;
    const [journeyPhases, touchPoints, emotionScores, personas, objections] = await Promise.all([
      journeyPhaseRepository.list(engagementId),
      touchPointRepository.listForEngagement(engagementId),
      emotionScoreRepository.listForEngagement(engagementId),
      personaRepository.list(engagementId),
      objectionRepository.list(engagementId),
    ]);
    const [plan, critiqueEntries, critiqueSheet, objectives] = await Promise.all([
      planRepository.get(engagementId),
      critiqueEntryRepository.list(engagementId),
      critiqueSheetRepository.get(engagementId),
      objectiveRepository.list(engagementId),
    ]);
    return {
      engagement,
      session,
      agendaItems,
      clock: clockStateOf(clock),
      sessionNotes,
      journeyPhases,
      touchPoints,
      emotionScores,
      personas,
      objections,
      plan,
      critiqueEntries,
      critiqueSheet,
      objectives,
    };
  }, [engagementId, sessionId]);
}
