import type { PersonaEmotionScore } from '../../../../shared/domain/emotion-score';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import type { Objection } from '../../../../shared/domain/objection';
import type { Persona } from '../../../../shared/domain/persona';
import type { TouchPoint } from '../../../../shared/domain/touch-point';

/** The map's records arranged for the views: touch points and persona scores by phase. */
export interface JourneyModel {
  engagementId: string;
  phases: readonly JourneyPhase[];
  personas: readonly Persona[];
  touchPointsOf: (phaseId: string) => readonly TouchPoint[];
  scoresOf: (phaseId: string) => ReadonlyMap<string, number>;
  /** The alignment's objections raised in a phase, in the alignment's order. */
  objectionsOf: (phaseId: string) => readonly Objection[];
}

/** What the views ask the worksheet to do; it owns confirmation, undo and error messages. */
export interface JourneyActions {
  removePhase: (phase: JourneyPhase, label: string) => void;
  removeTouchPoint: (point: TouchPoint, name: string) => void;
  reorderPhases: (orderedIds: string[]) => Promise<void>;
  reportError: (message: string) => void;
  /** The phase just added, whose name field takes the cursor. */
  addedPhaseId: string | null;
}

const noPoints: readonly TouchPoint[] = [];
const noScores: ReadonlyMap<string, number> = new Map();
const noObjections: readonly Objection[] = [];

function groupBy<Row>(rows: readonly Row[], key: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(row);
    groups.set(key(row), list);
  }
  return groups;
}

export function toJourneyModel(
  engagementId: string,
  records: {
    phases: readonly JourneyPhase[];
    personas: readonly Persona[];
    touchPoints: readonly TouchPoint[];
    emotionScores: readonly PersonaEmotionScore[];
    objections?: readonly Objection[];
  },
): JourneyModel {
  const points = groupBy(records.touchPoints, (point) => point.phaseId);
  const objections = groupBy(records.objections ?? [], (objection) => objection.phaseId);
  const scores = new Map<string, Map<string, number>>();
  for (const row of records.emotionScores) {
    const byPersona = scores.get(row.phaseId) ?? new Map<string, number>();
    byPersona.set(row.personaId, row.score);
    scores.set(row.phaseId, byPersona);
  }
  return {
    engagementId,
    phases: records.phases,
    personas: records.personas,
    touchPointsOf: (phaseId) => points.get(phaseId) ?? noPoints,
    scoresOf: (phaseId) => scores.get(phaseId) ?? noScores,
    objectionsOf: (phaseId) => objections.get(phaseId) ?? noObjections,
  };
}
