import {
  maxObjections,
  objectionEditableSchema,
  objectionSchema,
  sortByFrequency,
  type Objection,
  type ObjectionEditable,
} from '../../../../shared/domain/objection';
import { createListRepository } from './list-repository';

const list = createListRepository<Objection, ObjectionEditable>({
  tableName: 'objections',
  parentKey: 'engagementId',
  schema: objectionSchema,
  editableSchema: objectionEditableSchema,
  defaults: () => ({ objection: '', answer: '', frequency: 'sometimes', phaseId: '' }),
  maxRows: maxObjections,
  tooManyMessage: `An engagement can have at most ${maxObjections} objections.`,
});

/** The objections sales hears, with agreed answers, in the order the consultant keeps them. */
export const objectionRepository = {
  ...list,
  /** Stores the most often heard first, keeping the order within each frequency. */
  async sortByFrequency(engagementId: string): Promise<void> {
    const rows = await list.list(engagementId);
    await list.reorder(
      engagementId,
      sortByFrequency(rows).map((row) => row.id),
    );
  },
};
