import {
  maxPerceptions,
  perceptionEditableSchema,
  perceptionSchema,
  type Perception,
  type PerceptionEditable,
} from '../../../../shared/domain/perception';
import { createListRepository } from './list-repository';

/** What buyers believe about the brand, true or not, and what to do about each. */
export const perceptionRepository = createListRepository<Perception, PerceptionEditable>({
  tableName: 'perceptions',
  parentKey: 'engagementId',
  schema: perceptionSchema,
  editableSchema: perceptionEditableSchema,
  defaults: () => ({ perception: '', verdict: 'unjudged', response: '' }),
  maxRows: maxPerceptions,
  tooManyMessage: `An engagement can have at most ${maxPerceptions} perceptions.`,
});
