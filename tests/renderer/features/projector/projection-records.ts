import type { AgendaItem } from '../../../../shared/domain/agenda';
import { emptyCritiqueSheet } from '../../../../shared/domain/critique';
import { idleClock } from '../../../../shared/domain/facilitator-clock';
import { emptyJourneyPhase, type JourneyPhase } from '../../../../shared/domain/journey-phase';
import { emptyObjective, type Objective } from '../../../../shared/domain/objective';
import { emptyPlan } from '../../../../shared/domain/plan';
import { emptyTouchPoint, type TouchPoint } from '../../../../shared/domain/touch-point';
import type { ProjectionRecords } from '../../../../renderer/src/features/projector/projection/records';

const stamps = { createdAt: 1, updatedAt: 1 };

export function phase(
  id: string,
  name: string,
  overrides: Partial<JourneyPhase> = {},
): JourneyPhase {
  return {
    ...emptyJourneyPhase(name),
    id,
    engagementId: 'e1',
    position: 0,
    ...stamps,
    ...overrides,
  };
}

export function touchPoint(phaseId: string, overrides: Partial<TouchPoint> = {}): TouchPoint {
  return {
    ...emptyTouchPoint(),
    id: `t-${phaseId}`,
    engagementId: 'e1',
    phaseId,
    position: 0,
    ...stamps,
    ...overrides,
  };
}

export function agendaItem(id: string, title: string, minutes: number): AgendaItem {
  return {
    id,
    sessionId: 's1',
    position: 0,
    title,
    minutes,
    owner: '',
    actualMinutes: null,
    ...stamps,
  };
}

export function objective(overrides: Partial<Objective> = {}): Objective {
  return {
    ...emptyObjective(),
    id: 'o1',
    engagementId: 'e1',
    position: 0,
    statedInSessionId: 's1',
    ...stamps,
    ...overrides,
  };
}

/** An engagement with nothing in it yet but its name and one session. */
export function emptyRecords(overrides: Partial<ProjectionRecords> = {}): ProjectionRecords {
  return {
    engagement: { clientName: 'Acme Robotics', title: 'FY27 growth plan' },
    session: {
      title: 'Kick-off',
      date: '2026-11-30',
      purpose: '',
      startTime: '09:00',
      lengthMinutes: 120,
    },
    agendaItems: [],
    clock: idleClock,
    sessionNotes: [],
    journeyPhases: [],
    touchPoints: [],
    emotionScores: [],
    personas: [],
    objections: [],
    plan: emptyPlan('e1'),
    critiqueEntries: [],
    critiqueSheet: emptyCritiqueSheet('e1'),
    objectives: [],
    ...overrides,
  };
}
