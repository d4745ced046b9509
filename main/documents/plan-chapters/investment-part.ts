import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { scenarioLabels } from '../../../shared/domain/plan';
import { chartBox, chartFigure } from '../chart-figure';
import { body, dataTable, leadIn, withKeptCaption } from '../document-blocks';
import { part, type Block, type PlanContext } from './chapter';
import { investmentWords } from './client-wording';

/**
 * The campaign plan as an investment, as the planner shows it: the budget per phase and in total,
 * the cost of each result per scenario, and the expected revenue, return and payback.
 */
export function investmentPart(
  snapshot: MarketingPlanSnapshot,
  context: Pick<PlanContext, 'charts' | 'look' | 'version'>,
): Block[] {
  const { charts, look } = context;
  const words = (text: string) => investmentWords(text, context);
  const lines = snapshot.investment;
  if (!lines) return [];
  const title = 'Marketing as an investment';
  if (lines.refused) return part(title, body(lines.refused), '', context);
  return part(
    title,
    [
      ...(lines.headline ? body(words(lines.headline)) : []),
      dataTable(
        [
          { header: 'Phase', width: 40 },
          { header: 'Campaigns', width: 30 },
          { header: 'Budget', width: 30 },
        ],
        lines.budgets.map((row) => [row.phase, row.campaigns, row.budget].map(words)),
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
        lines.costs.map((row) =>
          [row.result, row.countedAt, row.cautious, row.expected, row.ambitious].map(words),
        ),
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
        lines.returns.map((row) => [row.label, row.value, row.note].map(words)),
        look,
        'landscape',
      ),
    ],
    '',
    context,
  );
}
