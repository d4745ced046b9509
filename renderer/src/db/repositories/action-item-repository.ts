import {
  actionItemEditableSchema,
  actionItemSchema,
  type ActionItem,
  type ActionItemEditable,
} from '../../../../shared/domain/action-item';
import { db } from '../database';
import { trackSave } from '../save-status';
import { newId, validate, ValidationError } from './validation';

const table = () => db.actionItems;

export const actionItemRepository = {
  listForEngagement(engagementId: string): Promise<ActionItem[]> {
    return table()
      .where('engagementId')
      .equals(engagementId)
      .toArray()
      .then((items) => items.sort((a, b) => a.position - b.position));
  },

  /** Raises an action in a session, optionally from an objective, critique finding or agenda item. */
  async create(
    engagementId: string,
    sessionId: string,
    input: Partial<ActionItemEditable> = {},
  ): Promise<string> {
    const id = newId();
    await trackSave(
      db.transaction('rw', table(), async () => {
        const last = await table().where('engagementId').equals(engagementId).toArray();
        const now = Date.now();
        const item = validate(actionItemSchema, {
          what: '',
          ownerParticipantId: '',
          ownerName: '',
          dueDate: '',
          status: 'open',
          source: { kind: 'none', id: '', label: '' },
          ...input,
          id,
          engagementId,
          sessionId,
          position: last.reduce((max, row) => Math.max(max, row.position), 0) + 1,
          createdAt: now,
          updatedAt: now,
        });
        await table().add(item);
      }),
    );
    return id;
  },

  async update(id: string, patch: Partial<ActionItemEditable>): Promise<void> {
    const changes = validate(actionItemEditableSchema.partial(), patch);
    await trackSave(
      db.transaction('rw', table(), async () => {
        if (!(await table().get(id)))
          throw new ValidationError('This action item no longer exists.');
        await table().update(id, { ...changes, updatedAt: Date.now() });
      }),
    );
  },

  async remove(id: string): Promise<ActionItem | undefined> {
    return trackSave(
      db.transaction('rw', table(), async () => {
        const item = await table().get(id);
        await table().delete(id);
        return item;
      }),
    );
  },

  async restore(item: ActionItem): Promise<void> {
    await trackSave(table().put(validate(actionItemSchema, item)));
  },
};
