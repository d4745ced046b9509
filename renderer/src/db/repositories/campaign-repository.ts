import {
  campaignEditableSchema,
  campaignSchema,
  emptyCampaign,
  maxCampaigns,
  type Campaign,
  type CampaignEditable,
} from '../../../../shared/domain/campaign';
import { createListRepository } from './list-repository';

/** The engagement's campaigns in plan order, each tied to a journey phase. */
export const campaignRepository = createListRepository<Campaign, CampaignEditable>({
  tableName: 'campaigns',
  parentKey: 'engagementId',
  schema: campaignSchema,
  editableSchema: campaignEditableSchema,
  defaults: emptyCampaign,
  maxRows: maxCampaigns,
  tooManyMessage: `A plan can have at most ${maxCampaigns} campaigns.`,
});
