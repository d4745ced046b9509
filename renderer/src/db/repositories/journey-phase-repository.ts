import {
  defaultJourneyPhaseNames,
  emptyJourneyPhase,
  journeyPhaseEditableSchema,
  journeyPhaseSchema,
  maxJourneyPhases,
  type JourneyPhase,
  type JourneyPhaseEditable,
} from '../../../../shared/domain/journey-phase';
import {
  personaEmotionScoreSchema,
  type PersonaEmotionScore,
} from '../../../../shared/domain/emotion-score';
import { touchPointSchema, type TouchPoint } from '../../../../shared/domain/touch-point';
import { db } from '../database';
import { trackSave } from '../save-status';
import { createListRepository } from './list-repository';
import { newId, validate } from './validation';

const tableName = 'journeyPhases';

const list = createListRepository<JourneyPhase, JourneyPhaseEditable>({
  tableName,
  parentKey: 'engagementId',
  schema: journeyPhaseSchema,
  editableSchema: journeyPhaseEditableSchema,
  defaults: () => emptyJourneyPhase(),
  maxRows: maxJourneyPhases,
  tooManyMessage: `A journey map can have at most ${maxJourneyPhases} phases.`,
});

/** The default phases (awareness … advocacy) as rows, for a new map or a new engagement. */
export function defaultJourneyPhaseRows(engagementId: string, now = Date.now()): JourneyPhase[] {
  return defaultJourneyPhaseNames.map((name, index) =>
    validate(journeyPhaseSchema, {
      ...emptyJourneyPhase(name),
      id: newId(),
      engagementId,
      position: index + 1,
      createdAt: now,
      updatedAt: now,
    }),
  );
}

/** A removed phase with everything that hung on it, so an undo puts all of it back. */
export interface RemovedJourneyPhase {
  phase: JourneyPhase;
  touchPoints: TouchPoint[];
  emotionScores: PersonaEmotionScore[];
}

const touchPoints = () => db.table<TouchPoint, string>('touchPoints');
const emotionScores = () => db.table<PersonaEmotionScore, string>('emotionScores');

/** The ordered phases of an engagement's customer journey; the planner and campaigns build on them. */
export const journeyPhaseRepository = {
  ...list,
  /** Removes a phase with its touch points and persona emotion scores, in one transaction. */
  removeWithDetails(id: string): Promise<RemovedJourneyPhase | undefined> {
    const phases = db.table<JourneyPhase, string>(tableName);
    return trackSave(
      db.transaction('rw', phases, touchPoints(), emotionScores(), async () => {
        const phase = await phases.get(id);
        if (!phase) return undefined;
        const points = await touchPoints().where('phaseId').equals(id).toArray();
        const scores = await emotionScores().where('phaseId').equals(id).toArray();
        await touchPoints().bulkDelete(points.map((row) => row.id));
        await emotionScores().bulkDelete(scores.map((row) => row.id));
        await phases.delete(id);
        return { phase, touchPoints: points, emotionScores: scores };
      }),
    );
  },
  /** Puts a removed phase back where it was, with its touch points and scores. */
  async restoreWithDetails(removed: RemovedJourneyPhase): Promise<void> {
    const phase = validate(journeyPhaseSchema, removed.phase);
    const points = removed.touchPoints.map((row) => validate(touchPointSchema, row));
    const scores = removed.emotionScores.map((row) => validate(personaEmotionScoreSchema, row));
    const phases = db.table<JourneyPhase, string>(tableName);
    await trackSave(
      db.transaction('rw', phases, touchPoints(), emotionScores(), async () => {
        await phases.put(phase);
        await touchPoints().bulkPut(points);
        await emotionScores().bulkPut(scores);
      }),
    );
  },
  /** Adds the default phases (awareness … advocacy) when the map has none; returns how many. */
  async addDefaultPhases(engagementId: string): Promise<number> {
    const table = db.table<JourneyPhase, string>(tableName);
    return trackSave(
      db.transaction('rw', table, async () => {
        if ((await table.where('engagementId').equals(engagementId).count()) > 0) return 0;
        const rows = defaultJourneyPhaseRows(engagementId);
        await table.bulkAdd(rows);
        return rows.length;
      }),
    );
  },
};
