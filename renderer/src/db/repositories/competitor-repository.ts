import {
  competitorEditableSchema,
  competitorSchema,
  emptyCompetitor,
  maxCompetitors,
  type Competitor,
  type CompetitorEditable,
} from '../../../../shared/domain/competitor';
import { createPastableListRepository } from './pastable-list-repository';

/** The client's primary competitors, in the order the room ranks them. */
export const competitorRepository = createPastableListRepository<Competitor, CompetitorEditable>(
  {
    tableName: 'competitors',
    parentKey: 'engagementId',
    schema: competitorSchema,
    editableSchema: competitorEditableSchema,
    defaults: () => emptyCompetitor(),
    maxRows: maxCompetitors,
    tooManyMessage: `An engagement can list at most ${maxCompetitors} competitors.`,
  },
  'name',
);
