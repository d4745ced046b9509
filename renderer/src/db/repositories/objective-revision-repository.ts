import { limits } from '../../../../shared/domain/limits';
import {
  objectiveRevisionSchema,
  type ObjectiveRevision,
} from '../../../../shared/domain/objective-revisions';
import { optionalText } from '../../../../shared/domain/text-fields';
import { db } from '../database';
import { trackSave } from '../save-status';
import { validate, ValidationError } from './validation';

const revisions = () => db.table<ObjectiveRevision, string>('objectiveRevisions');
const bySequence = (a: ObjectiveRevision, b: ObjectiveRevision) => a.sequence - b.sequence;
const reasonSchema = optionalText('Reason', limits.shortText);

/** The history of the engagement's objectives; revisions are written by objectiveRepository. */
export const objectiveRevisionRepository = {
  async listForEngagement(engagementId: string): Promise<ObjectiveRevision[]> {
    const rows = await revisions().where('engagementId').equals(engagementId).toArray();
    return rows.sort(bySequence);
  },

  async listForObjective(objectiveId: string): Promise<ObjectiveRevision[]> {
    const rows = await revisions().where('objectiveId').equals(objectiveId).toArray();
    return rows.sort(bySequence);
  },

  /** Records why a change was made; possible any time after the change. */
  async setReason(id: string, reason: string): Promise<void> {
    const checked = validate(reasonSchema, reason);
    await trackSave(
      db.transaction('rw', revisions(), async () => {
        const current = await revisions().get(id);
        if (!current) throw new ValidationError('This change is no longer in the history.');
        await revisions().put(validate(objectiveRevisionSchema, { ...current, reason: checked }));
      }),
    );
  },
};
