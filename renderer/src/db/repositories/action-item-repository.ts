import {
  actionItemEditableSchema,
  actionItemSchema,
  type ActionItem,
  type ActionItemEditable,
} from '../../../../shared/domain/action-item';
import { createListRepository } from './list-repository';

export const maxActionItems = 500;

const list = createListRepository<ActionItem, ActionItemEditable>({
  tableName: 'actionItems',
  parentKey: 'engagementId',
  schema: actionItemSchema,
  editableSchema: actionItemEditableSchema,
  defaults: () => ({
    what: '',
    ownerParticipantId: '',
    ownerName: '',
    dueDate: '',
    status: 'open',
    source: { kind: 'none', id: '', label: '' },
  }),
  maxRows: maxActionItems,
  tooManyMessage: `An engagement can have at most ${maxActionItems} action items.`,
});

/** Action items of an engagement, each raised in a session and perhaps from another worksheet. */
export const actionItemRepository = {
  ...list,
  listForEngagement: list.list,
  /** Raises an action in a session, optionally from an objective, critique finding or agenda item. */
  create(
    engagementId: string,
    sessionId: string,
    input: Partial<ActionItemEditable> = {},
  ): Promise<string> {
    return list.add(engagementId, input, { sessionId });
  },
};
