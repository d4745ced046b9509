import { z } from 'zod';
import { groupedDigits } from './grouped-digits';
import { optionalCurrencyCode } from './currency';
import { limits } from './limits';
import { entityId, optionalIsoDate, optionalText, timestamp } from './text-fields';

export const campaignStatuses = ['planned', 'running', 'done', 'cancelled'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export const campaignStatusLabels: Record<CampaignStatus, string> = {
  planned: 'Planned',
  running: 'Running',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** What a campaign is for, in the journey's terms; null until the consultant says. */
export const campaignTypes = [
  'awareness',
  'lead-generation',
  'nurture',
  'conversion',
  'retention',
] as const;
export type CampaignType = (typeof campaignTypes)[number];

export const campaignTypeLabels: Record<CampaignType, string> = {
  awareness: 'Awareness',
  'lead-generation': 'Lead generation',
  nurture: 'Nurture',
  conversion: 'Conversion',
  retention: 'Retention',
};

/** Sixty campaigns is more than one plan can carry out, and what the timeline chart draws. */
export const maxCampaigns = 60;
export const maxCampaignTarget = 1e12;
export const maxCampaignBudget = 1e10;

/** Far enough either way for any real campaign; keeps the timeline's span sane. */
const campaignDate = optionalIsoDate.refine(
  (value) => value === '' || (value >= '2000-01-01' && value <= '2100-12-31'),
  'A campaign date must fall between the years 2000 and 2100.',
);

const campaignFields = z.object({
  id: entityId,
  engagementId: entityId,
  position: z.number().finite(),
  name: optionalText('Campaign name', limits.name),
  type: z
    .enum(campaignTypes, {
      error: 'Choose awareness, lead generation, nurture, conversion or retention.',
    })
    .nullable(),
  /** The journey phase the campaign moves people through; '' until chosen. */
  phaseId: z.string().max(64),
  /** The objective it serves, when the engagement has objectives; '' for none. */
  objectiveId: z.string().max(64),
  /** Its own attainable goal, in words. */
  goal: optionalText('Goal', limits.shortText),
  kpi: optionalText('KPI', limits.shortText),
  target: z
    .number({ error: 'The target must be a number.' })
    .int('The target must be a whole number.')
    .min(0, 'The target cannot be negative.')
    .max(maxCampaignTarget, `The target can be at most ${groupedDigits(maxCampaignTarget)}.`)
    .nullable(),
  channels: optionalText('Channels', limits.shortText),
  content: optionalText('Content', limits.longText),
  landingPage: optionalText('Landing page', limits.shortText),
  startDate: campaignDate,
  endDate: campaignDate,
  budget: z
    .number({ error: 'The budget must be a number.' })
    .finite('The budget must be a number.')
    .min(0, 'The budget cannot be negative.')
    .max(maxCampaignBudget, `The budget can be at most ${groupedDigits(maxCampaignBudget)}.`)
    .nullable(),
  /**
   * The currency the budget was entered in: the engagement's (the plan's currency) at the time,
   * '' for a budget entered before the engagement had one. Budgets in two currencies are never
   * added up.
   */
  budgetCurrency: optionalCurrencyCode,
  owner: optionalText('Owner', limits.name),
  status: z.enum(campaignStatuses, { error: 'Choose a status from the list.' }),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** Why a campaign's dates are refused, or null when they are fine (either may still be empty). */
export function campaignDatesProblem(startDate: string, endDate: string): string | null {
  if (startDate === '' || endDate === '' || endDate >= startDate) return null;
  return `The end date (${endDate}) is before the start date (${startDate}).`;
}

export const campaignSchema = campaignFields.superRefine((campaign, context) => {
  const problem = campaignDatesProblem(campaign.startDate, campaign.endDate);
  if (problem) context.addIssue({ code: 'custom', message: problem, path: ['endDate'] });
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignEditableSchema = campaignFields.pick({
  name: true,
  type: true,
  phaseId: true,
  objectiveId: true,
  goal: true,
  kpi: true,
  target: true,
  channels: true,
  content: true,
  landingPage: true,
  startDate: true,
  endDate: true,
  budget: true,
  budgetCurrency: true,
  owner: true,
  status: true,
});
export type CampaignEditable = z.infer<typeof campaignEditableSchema>;

export function emptyCampaign(): CampaignEditable {
  return {
    name: '',
    type: null,
    phaseId: '',
    objectiveId: '',
    goal: '',
    kpi: '',
    target: null,
    channels: '',
    content: '',
    landingPage: '',
    startDate: '',
    endDate: '',
    budget: null,
    budgetCurrency: '',
    owner: '',
    status: 'planned',
  };
}
