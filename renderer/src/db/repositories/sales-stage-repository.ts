import {
  emptySalesStage,
  maxSalesStages,
  salesStageEditableSchema,
  salesStageSchema,
  type SalesStage,
  type SalesStageEditable,
} from '../../../../shared/domain/sales-stage';
import { createPastableListRepository } from './pastable-list-repository';

/** The client's sales process: ordered stages of an engagement. */
export const salesStageRepository = createPastableListRepository<SalesStage, SalesStageEditable>(
  {
    tableName: 'salesStages',
    parentKey: 'engagementId',
    schema: salesStageSchema,
    editableSchema: salesStageEditableSchema,
    defaults: () => emptySalesStage(),
    maxRows: maxSalesStages,
    tooManyMessage: `A sales process can have at most ${maxSalesStages} stages.`,
  },
  'name',
);
