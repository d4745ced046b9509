import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { isOverdue } from '../../../shared/domain/action-item';
import { formatObjectiveValue } from '../../../shared/domain/objective';
import { formatMoney } from '../../../shared/planning/money-format';
import { formatWhole } from '../../../shared/planning/number-format';
import { body, dataTable, labelled } from '../document-blocks';
import { chapter, orDash, part, toDo, type Block, type Chapter, type PlanContext } from './chapter';
import { objectiveName } from './objectives-chapter';
import { shortTitle, overdueMark } from './plan-text';
import { workedPlan } from './work-backwards-chapter';
import { campaignDates } from './campaign-dates';
import { investmentWording } from './investment-wording';

/** How many campaigns and action items the summary names; the chapters list them all. */
export const summaryListLength = 5;

type Snapshot = MarketingPlanSnapshot;

/** The purpose of the engagement: the first session's purpose that was written down. */
function purposePart(snapshot: Snapshot): Block[] {
  const purpose = snapshot.sessions.find((session) => session.purpose.trim() !== '')?.purpose;
  return purpose ? [...body(purpose.trim())] : [];
}

/** The refined objectives in one table: what, from, to, by when, whose. */
function objectivesPart(snapshot: Snapshot, context: PlanContext): Block[] {
  const { look } = context;
  const { objectives } = snapshot;
  if (objectives.length === 0) return [];
  const value = (amount: number | null, unit: string) =>
    amount === null ? '—' : formatObjectiveValue(amount, unit);
  // Named apart from the Objectives chapter, so the contents never list the same title twice.
  return part(
    'Refined objectives',
    [
      dataTable(
        [
          { header: 'Objective', width: 34 },
          { header: 'From', width: 14 },
          { header: 'To', width: 14 },
          { header: 'By', width: 20 },
          { header: 'Owner', width: 18 },
        ],
        objectives.map((objective) => [
          // The metric alone: the target and deadline have their own columns.
          shortTitle(objective.metric.trim() || objectiveName(objective, look)),
          value(objective.baseline, objective.unit),
          value(objective.target, objective.unit),
          objective.deadline ? look.date(objective.deadline) : '—',
          orDash(objective.owner),
        ]),
        look,
      ),
    ],
    '',
    context,
  );
}

/** The final goal, then what the expected scenario needs of each phase (with the range). */
function goalPart(snapshot: Snapshot, context: PlanContext): Block[] {
  const { look } = context;
  const plan = snapshot.workBackwards;
  if (plan.goalTarget === null || snapshot.journey.phases.length === 0) return [];
  const worked = workedPlan(snapshot);
  const unit = plan.goalMetric.trim() || 'people';
  const goalPhase = worked.phases[worked.phases.length - 1]?.name ?? '';
  const deadline = plan.goalDeadline ? ` by ${look.date(plan.goalDeadline)}` : '';
  const needed = (volume: number | null) => (volume === null ? '—' : formatWhole(volume));
  return part(
    'The goal, worked backwards',
    [
      labelled(
        'Final goal',
        `${formatWhole(plan.goalTarget)} ${unit}${deadline}${goalPhase ? `, counted at ${goalPhase}` : ''}`,
      ),
      dataTable(
        [
          { header: 'Phase', width: 34 },
          { header: 'Today', width: 18 },
          { header: 'Needed (expected)', width: 24 },
          { header: 'Cautious to ambitious', width: 24 },
        ],
        worked.phases.map((phase) => [
          phase.name,
          phase.baseline === null ? '—' : formatWhole(phase.baseline),
          needed(phase.volumes.expected),
          `${needed(phase.volumes.cautious)} to ${needed(phase.volumes.ambitious)}`,
        ]),
        look,
      ),
    ],
    '',
    context,
  );
}

/** The campaigns that carry the plan: the largest budgets first, cancelled ones left out. */
function campaignsPart(snapshot: Snapshot, context: PlanContext, currency: string): Block[] {
  const { look } = context;
  const live = snapshot.campaigns.filter((campaign) => campaign.status !== 'cancelled');
  if (live.length === 0) return [];
  const key = [...live]
    .sort((a, b) => (b.budget ?? -1) - (a.budget ?? -1))
    .slice(0, summaryListLength);
  const more = live.length - key.length;
  return part(
    'Key campaigns',
    [
      dataTable(
        [
          { header: 'Campaign', width: 34 },
          { header: 'Dates', width: 30 },
          { header: 'Owner', width: 18 },
          { header: 'Budget', width: 18 },
        ],
        key.map((campaign) => [
          shortTitle(campaign.name.trim() || 'Untitled campaign'),
          campaignDates(campaign, look) ?? '—',
          orDash(campaign.owner),
          campaign.budget === null
            ? '—'
            : formatMoney(campaign.budget, campaign.budgetCurrency || currency),
        ]),
        look,
      ),
      ...(more > 0
        ? [labelled('And', `${more} more in the Campaigns chapter.`, { spaceBefore: true })]
        : []),
    ],
    '',
    context,
  );
}

/** The total marketing investment and what it is expected to return, in one sentence. */
function investmentPart(snapshot: Snapshot, context: PlanContext): Block[] {
  const lines = snapshot.investment;
  const line = lines && (lines.refused || investmentWording(lines, context).headline);
  return line ? [labelled('Total marketing investment', line, { spaceBefore: true })] : [];
}

/** The action items still to do, overdue and soonest first, with their owners. */
function actionsPart(snapshot: Snapshot, context: PlanContext): Block[] {
  const { look } = context;
  const open = snapshot.actionItems.filter(
    (item) => item.status === 'open' || item.status === 'in-progress',
  );
  if (open.length === 0) return [];
  const top = [...open]
    .sort((a, b) => (a.dueDate || '9999-12-31').localeCompare(b.dueDate || '9999-12-31'))
    .slice(0, summaryListLength);
  return part(
    'Top action items',
    [
      dataTable(
        [
          { header: 'Action', width: 52 },
          { header: 'Owner', width: 24 },
          { header: 'Due', width: 24 },
        ],
        top.map((item) => [
          shortTitle(item.what.trim() || 'Untitled action'),
          item.owner || toDo('No owner yet', context),
          item.dueDate === ''
            ? toDo('No date', context)
            : `${look.date(item.dueDate)}${isOverdue(item, snapshot.preparedOn) ? overdueMark : ''}`,
        ]),
        look,
      ),
    ],
    '',
    context,
  );
}

/**
 * The executive summary, right after the contents: the purpose, the refined objectives, the goal
 * and what working backwards asks of each phase, the key campaigns, the total investment and the
 * top action items. Written from the data; a part with nothing behind it is left out.
 */
export function executiveSummaryChapter(snapshot: Snapshot, context: PlanContext): Chapter | null {
  const investment = investmentPart(snapshot, context);
  const currency = snapshot.workBackwards.currency;
  const parts = [
    ...purposePart(snapshot),
    ...objectivesPart(snapshot, context),
    ...goalPart(snapshot, context),
    ...campaignsPart(snapshot, context, currency),
    ...investment,
    ...actionsPart(snapshot, context),
  ];
  return chapter(
    'Executive summary',
    'portrait',
    parts.length === 0 ? null : parts,
    'Nothing to summarise yet: the summary is written from the worksheets as they are filled in.',
    context,
  );
}
