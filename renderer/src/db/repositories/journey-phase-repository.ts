import {
  defaultJourneyPhaseNames,
  emptyJourneyPhase,
  journeyPhaseEditableSchema,
  journeyPhaseSchema,
  maxJourneyPhases,
  type JourneyPhase,
  type JourneyPhaseEditable,
} from '../../../../shared/domain/journey-phase';
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

/** The ordered phases of an engagement's customer journey; the planner and campaigns build on them. */
export const journeyPhaseRepository = {
  ...list,
  /** Adds the default phases (awareness … advocacy) when the map has none; returns how many. */
  async addDefaultPhases(engagementId: string): Promise<number> {
    const table = db.table<JourneyPhase, string>(tableName);
    return trackSave(
      db.transaction('rw', table, async () => {
        if ((await table.where('engagementId').equals(engagementId).count()) > 0) return 0;
        const now = Date.now();
        const rows = defaultJourneyPhaseNames.map((name, index) =>
          validate(journeyPhaseSchema, {
            ...emptyJourneyPhase(name),
            id: newId(),
            engagementId,
            position: index + 1,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await table.bulkAdd(rows);
        return rows.length;
      }),
    );
  },
};
