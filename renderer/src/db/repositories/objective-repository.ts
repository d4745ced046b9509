import {
  emptyObjective,
  maxObjectives,
  objectiveEditableSchema,
  objectiveSchema,
  type Objective,
  type ObjectiveEditable,
} from '../../../../shared/domain/objective';
import {
  changedFields,
  objectiveRevisionSchema,
  reviseHistory,
  type ObjectiveRevision,
} from '../../../../shared/domain/objective-revisions';
import {
  objectiveRemovalOf,
  objectiveRemovalSchema,
  type ObjectiveRemoval,
} from '../../../../shared/domain/objective-removal';
import { db } from '../database';
import { trackSave } from '../save-status';
import { createListRepository } from './list-repository';
import { newId, validate, ValidationError } from './validation';

const list = createListRepository<Objective, ObjectiveEditable>({
  tableName: 'objectives',
  parentKey: 'engagementId',
  schema: objectiveSchema,
  editableSchema: objectiveEditableSchema,
  defaults: () => emptyObjective(),
  maxRows: maxObjectives,
  tooManyMessage: `An engagement can have at most ${maxObjectives} objectives.`,
});

const objectives = () => db.table<Objective, string>('objectives');
const revisions = () => db.table<ObjectiveRevision, string>('objectiveRevisions');
const removals = () => db.table<ObjectiveRemoval, string>('objectiveRemovals');

/**
 * An engagement's objectives, in priority order. Changes to the refined fields are kept as
 * revisions stamped with the session they happened in; removing an objective keeps its revisions,
 * so an undo brings back the whole history, and records the removal with its session.
 */
export const objectiveRepository = {
  list: list.list,
  get: list.get,
  reorder: list.reorder,

  /**
   * Removes an objective in a session and hands it back for undo; in the same transaction it
   * records what the objective said, so the session's summary can report it removed.
   */
  remove(id: string, sessionId: string): Promise<Objective | undefined> {
    return trackSave(
      db.transaction('rw', objectives(), removals(), async () => {
        const row = await objectives().get(id);
        if (!row) return undefined;
        const removal = objectiveRemovalOf(row, sessionId, Date.now(), newId());
        await removals().add(validate(objectiveRemovalSchema, removal));
        await objectives().delete(id);
        return row;
      }),
    );
  },

  /** Puts a removed objective back (undo) and drops the record of its removal. */
  async restore(row: Objective): Promise<void> {
    const checked = validate(objectiveSchema, row);
    await trackSave(
      db.transaction('rw', objectives(), removals(), async () => {
        await removals().where('objectiveId').equals(checked.id).delete();
        await objectives().put(checked);
      }),
    );
  },

  /** Removal and its undo as lists offer them, with the current session stamped on removals. */
  inSession(sessionId: string) {
    return {
      remove: (id: string) => objectiveRepository.remove(id, sessionId),
      restore: (row: Objective) => objectiveRepository.restore(row),
    };
  },

  /** States a new objective in a session, in the client's own words. */
  create(engagementId: string, sessionId: string, statement = ''): Promise<string> {
    return list.add(engagementId, { statement }, { statedInSessionId: sessionId });
  },

  /** Writes the change and, in the same transaction, the revision it makes in this session. */
  async update(id: string, sessionId: string, patch: Partial<ObjectiveEditable>): Promise<void> {
    const changes = validate(objectiveEditableSchema.partial(), patch) as Partial<Objective>;
    await trackSave(
      db.transaction('rw', objectives(), revisions(), async () => {
        const current = await objectives().get(id);
        if (!current) throw new ValidationError('This objective no longer exists.');
        const now = Date.now();
        const next = validate(objectiveSchema, { ...current, ...changes, updatedAt: now });
        const fieldChanges = changedFields(current, next, sessionId, now);
        if (fieldChanges.length > 0) {
          const history = await revisions().where('objectiveId').equals(id).toArray();
          const writes = reviseHistory(history, fieldChanges, {
            objectiveId: id,
            engagementId: current.engagementId,
            newId,
          });
          await revisions().bulkPut(
            writes.put.map((row) => validate(objectiveRevisionSchema, row)),
          );
          await revisions().bulkDelete(writes.remove);
        }
        await objectives().put(next);
      }),
    );
  },
};
