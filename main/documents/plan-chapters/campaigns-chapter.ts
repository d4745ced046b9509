import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { campaignStatusLabels } from '../../../shared/domain/campaign';
import { formatObjectiveValue } from '../../../shared/domain/objective';
import { formatWhole } from '../../../shared/planning/number-format';
import type { Paragraph } from 'docx';
import { chartBox, chartFigure, type DrawnChart } from '../chart-figure';
import { dataTable, withKeptCaption } from '../document-blocks';
import { chapter, orDash, part, toDo, type Chapter, type PlanContext } from './chapter';
import { campaignDates } from './campaign-dates';
import { styleLabelDate } from './plan-text';
import { investmentPart } from './investment-part';

type Campaign = MarketingPlanSnapshot['campaigns'][number];

const campaignName = (campaign: Campaign, index: number) =>
  campaign.name.trim() || `Campaign ${index + 1}`;

function kpiAndTarget(campaign: Campaign): string {
  const target = campaign.target === null ? '' : formatWhole(campaign.target);
  const kpi = campaign.kpi.trim();
  if (kpi && target) return `${kpi}: ${target}`;
  return kpi || target || '—';
}

/** The timeline's charts: a long one's parts each on a page of its own. */
function timelineFigures(parts: readonly DrawnChart[]): Paragraph[] {
  return parts.flatMap((chart, index) =>
    chartFigure(withKeptCaption(chart), chartBox('campaign-timeline'), { newPage: index > 0 }),
  );
}

/** The campaigns in plan order, each with its own attainable goal, and their timeline. */
export function campaignsChapter(
  snapshot: MarketingPlanSnapshot,
  context: PlanContext,
): Chapter | null {
  const { charts, look } = context;
  const { campaigns } = snapshot;
  const timeline = charts['campaign-timeline'];
  const body =
    campaigns.length === 0
      ? null
      : [
          dataTable(
            [
              { header: 'Campaign', width: 14 },
              { header: 'Phase', width: 10 },
              { header: 'Attainable goal', width: 16 },
              { header: 'KPI and target', width: 13 },
              { header: 'Channels', width: 10 },
              { header: 'Dates', width: 11 },
              { header: 'Budget', width: 8 },
              { header: 'Owner', width: 9 },
              { header: 'Status', width: 9 },
            ],
            campaigns.map((campaign, index) => [
              campaignName(campaign, index),
              orDash(campaign.phase),
              orDash(campaign.goal),
              kpiAndTarget(campaign),
              orDash(campaign.channels),
              campaignDates(campaign, look) ?? toDo('No dates yet', context),
              campaign.budget === null ? '—' : formatObjectiveValue(campaign.budget),
              orDash(campaign.owner),
              campaignStatusLabels[campaign.status],
            ]),
            look,
            'landscape',
          ),
          ...part(
            'Content and landing pages',
            [
              dataTable(
                [
                  { header: 'Campaign', width: 18 },
                  { header: 'Serves the objective', width: 22 },
                  { header: 'Content', width: 40 },
                  { header: 'Landing page', width: 20 },
                ],
                campaigns.map((campaign, index) => [
                  campaignName(campaign, index),
                  orDash(styleLabelDate(campaign.objective, look)),
                  orDash(campaign.content),
                  orDash(campaign.landingPage),
                ]),
                look,
                'landscape',
              ),
            ],
            '',
            context,
          ),
          ...part(
            'Campaign timeline',
            timeline && timeline.length > 0 ? timelineFigures(timeline) : null,
            'No campaign has both a start and an end date yet, so there is no timeline.',
            context,
          ),
          ...investmentPart(snapshot, context),
        ];
  return chapter('Campaigns', 'landscape', body, 'No campaigns planned yet.', context);
}
