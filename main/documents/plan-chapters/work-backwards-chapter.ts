import type { MarketingPlanSnapshot } from '../../../shared/documents/marketing-plan-snapshot';
import { scenarioLabels, scenarios } from '../../../shared/domain/plan';
import { formatPercent, formatWhole } from '../../../shared/planning/number-format';
import type { PlanWarning } from '../../../shared/planning/plan-warnings';
import { workBackwards, type WorkBackwardsPlan } from '../../../shared/planning/work-backwards';
import { chartBox, chartFigure } from '../chart-figure';
import { bulletList, dataTable, labelled, withKeptCaption } from '../document-blocks';
import type { TableLook } from '../document-blocks';
import {
  chapter,
  forClient,
  part,
  toDo,
  workingOnly,
  type Block,
  type Chapter,
  type PlanContext,
} from './chapter';

const phaseId = (index: number) => `phase-${index}`;

/** The planner worked out in main from the snapshot, exactly as the worksheet works it out. */
export function workedPlan(snapshot: MarketingPlanSnapshot): WorkBackwardsPlan {
  const { workBackwards: plan, journey } = snapshot;
  return workBackwards({
    phases: journey.phases.map((phase, index) => ({
      id: phaseId(index),
      name: phase.name,
      baseline: phase.baseline,
      rates: plan.rates[index] ?? { cautious: null, expected: null, ambitious: null },
    })),
    goal: plan.goalTarget,
    bufferPercent: plan.bufferPercent,
    goalPhaseId: plan.goalPhaseIndex >= 0 ? phaseId(plan.goalPhaseIndex) : '',
  });
}

const severityLabel: Record<PlanWarning['severity'], string> = {
  problem: 'Cannot be worked out',
  caution: 'Unrealistic',
  info: 'To set',
};

function goalLines(
  snapshot: MarketingPlanSnapshot,
  worked: WorkBackwardsPlan,
  { look, ...context }: Pick<PlanContext, 'look' | 'version'>,
): Block[] {
  const plan = snapshot.workBackwards;
  const unit = plan.goalMetric.trim() || 'people';
  const goalPhase = worked.phases[worked.phases.length - 1]?.name ?? 'the last phase';
  const lines: Block[] = [
    ...(plan.goalTarget === null && forClient(context)
      ? []
      : [
          labelled(
            'Final goal',
            plan.goalTarget === null
              ? 'Not set yet'
              : `${formatWhole(plan.goalTarget)} ${unit}${plan.goalDeadline ? ` by ${look.date(plan.goalDeadline)}` : ''}, counted at ${goalPhase}`,
          ),
        ]),
    labelled(
      'Safety buffer',
      worked.bufferedGoal === null
        ? formatPercent(plan.bufferPercent)
        : `${formatPercent(plan.bufferPercent)}: the plan aims for ${formatWhole(worked.bufferedGoal)} ${unit}`,
    ),
  ];
  if (plan.revenueTarget !== null && plan.averageDealSize !== null)
    lines.push(
      labelled(
        'From revenue',
        `a revenue target of ${formatWhole(plan.revenueTarget)} at an average deal of ${formatWhole(plan.averageDealSize)}`,
      ),
    );
  if (worked.afterGoal.length > 0)
    lines.push(
      labelled(
        'After the goal',
        `${worked.afterGoal.map((phase) => phase.name).join(', ')} come after the goal and are not worked backwards.`,
      ),
    );
  return lines;
}

function ratesTable(
  worked: WorkBackwardsPlan,
  snapshot: MarketingPlanSnapshot,
  look: TableLook,
  context: Pick<PlanContext, 'version'>,
): Block[] | null {
  const pairs = worked.phases.slice(0, -1);
  if (pairs.length === 0) return null;
  return [
    dataTable(
      [
        { header: 'From → to', width: 40 },
        ...scenarios.map((scenario) => ({ header: scenarioLabels[scenario], width: 20 })),
      ],
      pairs.map((phase, index) => {
        const rates = snapshot.workBackwards.rates[index];
        return [
          `${phase.name} → ${worked.phases[index + 1]?.name ?? ''}`,
          ...scenarios.map((scenario) => {
            const rate = rates?.[scenario] ?? null;
            return rate === null ? toDo('not set', context) : formatPercent(rate);
          }),
        ];
      }),
      look,
    ),
  ];
}

function volumesTable(
  worked: WorkBackwardsPlan,
  look: TableLook,
  context: Pick<PlanContext, 'version'>,
): Block[] {
  const farAbove = new Set(
    worked.warnings
      .filter((warning) => warning.kind === 'above-baseline')
      .flatMap((warning) =>
        (warning.scenarios ?? []).map((scenario) => `${warning.phaseId}|${scenario}`),
      ),
  );
  const overall = scenarios.map((scenario) => {
    const percent = worked.overallPercent[scenario];
    return `${percent === null ? '—' : formatPercent(percent)} ${scenario}`;
  });
  return [
    dataTable(
      [
        { header: 'Phase', width: 28 },
        { header: 'Today', width: 15 },
        ...scenarios.map((scenario) => ({ header: scenarioLabels[scenario], width: 19 })),
      ],
      worked.phases.map((phase) => [
        phase.name,
        phase.baseline === null ? '—' : formatWhole(phase.baseline),
        ...scenarios.map((scenario) => {
          const volume = phase.volumes[scenario];
          if (volume === null) return toDo('— (cannot be worked out)', context);
          const flag = farAbove.has(`${phase.phaseId}|${scenario}`) ? ' (far above today)' : '';
          return `${formatWhole(volume)}${flag}`;
        }),
      ]),
      look,
    ),
    ...(worked.phases.length > 1
      ? [
          labelled(
            `Overall conversion from ${worked.phases[0]?.name} to ${worked.phases[worked.phases.length - 1]?.name}`,
            overall.join(' · '),
            { spaceBefore: true },
          ),
        ]
      : []),
  ];
}

function warningLines(warnings: readonly PlanWarning[]): Block[] {
  if (warnings.length === 0)
    return [labelled('Check', 'Every phase can be worked out and nothing looks unrealistic.')];
  const order: PlanWarning['severity'][] = ['problem', 'caution', 'info'];
  return bulletList(
    [...warnings]
      .sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity))
      .map((warning) => `${severityLabel[warning.severity]}: ${warning.message}`),
  );
}

/** The work-backwards plan: the goal, the rates, what each phase needs, and what to check. */
export function workBackwardsChapter(
  snapshot: MarketingPlanSnapshot,
  context: PlanContext,
): Chapter | null {
  const { charts, look } = context;
  const plan = snapshot.workBackwards;
  const phases = snapshot.journey.phases;
  const anyRate = plan.rates.some((rates) => scenarios.some((s) => rates[s] !== null));
  if (plan.goalTarget === null && !anyRate)
    return chapter(
      'Work-backwards plan',
      'portrait',
      null,
      'The work-backwards plan has not been set up yet: it needs a final goal and the rates between the journey’s phases.',
      context,
    );
  const worked = workedPlan(snapshot);
  const chart = charts['reverse-funnel'];
  const body = [
    ...part('The goal', goalLines(snapshot, worked, context), '', context),
    ...part(
      'Conversion rates, per scenario',
      ratesTable(worked, snapshot, look, context),
      phases.length === 0
        ? 'The journey has no phases yet.'
        : 'The goal is counted at the first phase.',
      context,
    ),
    ...part(
      'What each phase needs',
      worked.phases.length === 0 ? null : volumesTable(worked, look, context),
      'The journey has no phases yet.',
      context,
    ),
    ...part(
      'Work-backwards funnel',
      chart ? chartFigure(withKeptCaption(chart), chartBox('reverse-funnel')) : null,
      'Set a goal to draw the funnel.',
      context,
    ),
    ...workingOnly(part('What to check', warningLines(worked.warnings), '', context), context),
  ];
  return chapter('Work-backwards plan', 'portrait', body, '', context);
}
