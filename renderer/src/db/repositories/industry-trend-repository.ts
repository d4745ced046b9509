import {
  emptyIndustryTrend,
  industryTrendEditableSchema,
  industryTrendSchema,
  maxIndustryTrends,
  type IndustryTrend,
  type IndustryTrendEditable,
} from '../../../../shared/domain/industry-trend';
import { createPastableListRepository } from './pastable-list-repository';

/** Trends in the client's industry, in the order the room ranks them. */
export const industryTrendRepository = createPastableListRepository<
  IndustryTrend,
  IndustryTrendEditable
>(
  {
    tableName: 'industryTrends',
    parentKey: 'engagementId',
    schema: industryTrendSchema,
    editableSchema: industryTrendEditableSchema,
    defaults: () => emptyIndustryTrend(),
    maxRows: maxIndustryTrends,
    tooManyMessage: `An engagement can list at most ${maxIndustryTrends} industry trends.`,
  },
  'trend',
);
