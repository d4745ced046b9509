import { describeObjective, formatObjectiveValue } from '../../../../../shared/domain/objective';
import { checkSmart } from '../../../../../shared/domain/smart-check';
import type { ProjectedObjectives } from './projection';
import type { ProjectionOptions, ProjectionRecords } from './records';

/**
 * Each objective as the client stated it and as refined: metric, baseline, target, deadline. The
 * SMART check is the consultant's internal check: private.
 */
export function toProjectedObjectives(
  records: ProjectionRecords,
  { hidePrivate, today }: ProjectionOptions,
): ProjectedObjectives {
  const sessionDate = records.session?.date ?? '';
  return {
    kind: 'objectives',
    objectives: records.objectives.map((objective) => ({
      statement: objective.statement.trim(),
      refined: objective.metric.trim() ? describeObjective(objective) : '',
      baseline:
        objective.baseline === null ? '' : formatObjectiveValue(objective.baseline, objective.unit),
      target:
        objective.target === null ? '' : formatObjectiveValue(objective.target, objective.unit),
      deadline: objective.deadline,
      ...(hidePrivate
        ? {}
        : { smart: { passedCount: checkSmart(objective, { today, sessionDate }).passedCount } }),
    })),
  };
}
