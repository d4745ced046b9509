import { limits } from '../../../../shared/domain/limits';
import {
  objectiveRemovalSchema,
  type ObjectiveRemoval,
} from '../../../../shared/domain/objective-removal';
import { optionalText } from '../../../../shared/domain/text-fields';
import { db } from '../database';
import { trackSave } from '../save-status';
import { validate, ValidationError } from './validation';

const removals = () => db.table<ObjectiveRemoval, string>('objectiveRemovals');
const byTime = (a: ObjectiveRemoval, b: ObjectiveRemoval) => a.removedAt - b.removedAt;
const reasonSchema = optionalText('Reason', limits.shortText);

/** The objectives removed in the engagement's sessions; removals are written by objectiveRepository. */
export const objectiveRemovalRepository = {
  async listForEngagement(engagementId: string): Promise<ObjectiveRemoval[]> {
    const rows = await removals().where('engagementId').equals(engagementId).toArray();
    return rows.sort(byTime);
  },

  /** Records why the objective was removed; possible any time after the removal. */
  async setReason(id: string, reason: string): Promise<void> {
    const checked = validate(reasonSchema, reason);
    await trackSave(
      db.transaction('rw', removals(), async () => {
        const current = await removals().get(id);
        if (!current) throw new ValidationError('This removal is no longer recorded.');
        await removals().put(validate(objectiveRemovalSchema, { ...current, reason: checked }));
      }),
    );
  },
};
