import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { scenarioLabels } from '../../../shared/domain/plan';
import { chartBox, chartFigure } from '../chart-figure';
import { body, dataTable, leadIn, withKeptCaption } from '../document-blocks';
import { part, type Block, type PlanContext } from './chapter';
import { investmentWording } from './investment-wording';

/**
 * The campaign plan as an investment, as the planner shows it: the budget per phase and in total,
 * the cost of each result per scenario, and the expected revenue, return and payback.
 */
export function investmentPart(
  snapshot: MarketingPlanSnapshot,
  context: Pick<PlanContext, 'charts' | 'look' | 'version'>,
): Block[] {
  const { charts, look } = context;
  if (!snapshot.investment) return [];
  const title = 'Marketing as an investment';
  if (snapshot.investment.refused)
    return part(title, body(snapshot.investment.refused), '', context);
  const lines = investmentWording(snapshot.investment, context);
  return part(
    title,
    [
      ...(lines.headline ? body(lines.headline) : []),
      dataTable(
        [
          { header: 'Phase', width: 40 },
          { header: 'Campaigns', width: 30 },
          { header: 'Budget', width: 30 },
        ],
        lines.budgets.map((row) => [row.phase, row.campaigns, row.budget]),
        look,
        'landscape',
      ),
      leadIn('What each result may cost, from the volumes the work-backwards plan needs:'),
      dataTable(
        [
          { header: 'Result', width: 19 },
          { header: 'Counted at', width: 18 },
          { header: scenarioLabels.cautious, width: 21 },
          { header: scenarioLabels.expected, width: 21 },
          { header: scenarioLabels.ambitious, width: 21 },
        ],
        lines.costs.map((row) => [
          row.result,
          row.countedAt,
          row.cautious,
          row.expected,
          row.ambitious,
        ]),
        look,
        'landscape',
      ),
      leadIn('What the plan is expected to return:'),
      ...(charts['investment-return']
        ? chartFigure(withKeptCaption(charts['investment-return']), chartBox('investment-return'))
        : []),
      dataTable(
        [
          { header: 'Figure', width: 25 },
          { header: 'Value', width: 20 },
          { header: 'How it was worked out', width: 55 },
        ],
        lines.returns.map((row) => [row.label, row.value, row.note]),
        look,
        'landscape',
      ),
    ],
    '',
    context,
  );
}
