import type { AgendaItem } from '../../../../../shared/domain/agenda';
import type { CritiqueEntry, CritiqueSheet } from '../../../../../shared/domain/critique';
import type { PersonaEmotionScore } from '../../../../../shared/domain/emotion-score';
import type { EngagementDetails } from '../../../../../shared/domain/engagement';
import type { ClockState } from '../../../../../shared/domain/facilitator-clock';
import type { JourneyPhase } from '../../../../../shared/domain/journey-phase';
import type { Objection } from '../../../../../shared/domain/objection';
import type { Objective } from '../../../../../shared/domain/objective';
import type { Persona } from '../../../../../shared/domain/persona';
import type { Plan } from '../../../../../shared/domain/plan';
import type { Session } from '../../../../../shared/domain/session';
import type { SessionNote } from '../../../../../shared/domain/session-note';
import type { TouchPoint } from '../../../../../shared/domain/touch-point';

/** The stored rows a projection is built from, each list in its order on screen. */
export interface ProjectionRecords {
  engagement: Pick<EngagementDetails, 'clientName' | 'title'>;
  /** The session being run or worked in; null when the engagement has none. */
  session: Pick<Session, 'title' | 'date' | 'purpose' | 'startTime' | 'lengthMinutes'> | null;
  agendaItems: readonly AgendaItem[];
  clock: ClockState;
  sessionNotes: readonly SessionNote[];
  journeyPhases: readonly JourneyPhase[];
  touchPoints: readonly TouchPoint[];
  emotionScores: readonly PersonaEmotionScore[];
  personas: readonly Persona[];
  objections: readonly Objection[];
  plan: Plan;
  critiqueEntries: readonly CritiqueEntry[];
  critiqueSheet: CritiqueSheet;
  objectives: readonly Objective[];
}

/** How the consultant set the projector: private fields shown or not, and the time now. */
export interface ProjectionOptions {
  hidePrivate: boolean;
  /** Today on the consultant's calendar (YYYY-MM-DD), for the SMART check. */
  today: string;
  now: number;
}
