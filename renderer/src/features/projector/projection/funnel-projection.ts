import { toReverseFunnelData } from '../../../../../shared/charts/plan-chart-data';
import { formatWhole } from '../../../../../shared/planning/number-format';
import { toPlannerInput } from '../../../../../shared/planning/planner-input';
import { workBackwards } from '../../../../../shared/planning/work-backwards';
import type { ProjectedFunnel } from './projection';
import type { ProjectionOptions, ProjectionRecords } from './records';

/** "120 new customers by 2027-12-31"; '' while the plan has no goal. */
export function goalLine(plan: ProjectionRecords['plan']): string {
  if (plan.goalTarget === null) return '';
  const metric = plan.goalMetric.trim() || 'customers';
  const deadline = plan.goalDeadline ? ` by ${plan.goalDeadline}` : '';
  return `${formatWhole(plan.goalTarget)} ${metric}${deadline}`;
}

/**
 * The planner's funnel: the volume each phase needs in the three scenarios, worked backwards from
 * the goal, as the worksheet draws it. The safety buffer and the planner's warnings are the
 * consultant's internal checks: private.
 */
export function toProjectedFunnel(
  records: ProjectionRecords,
  { hidePrivate }: ProjectionOptions,
): ProjectedFunnel {
  const worked = workBackwards(toPlannerInput(records.journeyPhases, records.plan));
  const drawable = worked.bufferedGoal !== null && worked.phases.length > 0;
  return {
    kind: 'funnel',
    goal: goalLine(records.plan),
    funnel: drawable
      ? toReverseFunnelData(worked, records.plan.goalMetric.trim() || 'people')
      : null,
    ...(hidePrivate
      ? {}
      : {
          bufferPercent: records.plan.bufferPercent,
          warnings: worked.warnings.map((warning) => warning.message),
        }),
  };
}
