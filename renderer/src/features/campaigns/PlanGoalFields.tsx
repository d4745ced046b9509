import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import { limits } from '../../../../shared/domain/limits';
import { maxGoal, type Plan, type PlanEditable } from '../../../../shared/domain/plan';
import { formatWhole } from '../../../../shared/planning/number-format';
import { goalFromRevenue } from '../../../../shared/planning/planner-input';
import { phaseLabel } from '../../../../shared/planning/work-backwards';
import {
  AutosaveDecimalField,
  AutosaveField,
  AutosaveTextField,
} from '../../components/AutosaveField';
import { ChoiceField } from '../../components/ChoiceField';
import { textParser } from '../../components/field-parsers';
import { planRepository } from '../../db/repositories/plan-repository';
import { useFailureMessage } from '../../hooks/use-failure-message';
import { FailureNotice } from '../../components/Notice';
import { fieldSavers } from '../../components/field-savers';
import { bufferParser, dateParser, goalParser, moneyParser } from './plan-parsers';

interface PlanGoalFieldsProps {
  engagementId: string;
  phases: readonly JourneyPhase[];
  plan: Plan;
}

const showNumber = (value: number) => String(value);

/** The final goal (what, how many, by when, counted where) and the safety buffer on top of it. */
export function PlanGoalFields({ engagementId, phases, plan }: PlanGoalFieldsProps) {
  const save = fieldSavers<PlanEditable>((patch) => planRepository.update(engagementId, patch));
  const lastPhase = phases[phases.length - 1];
  return (
    <>
      <div className="form-grid plan-goal-grid">
        <AutosaveDecimalField
          label="Final goal"
          value={plan.goalTarget}
          parse={goalParser}
          save={save('goalTarget')}
          placeholder="e.g. 120"
          hint="How many, as a whole number."
        />
        <AutosaveTextField
          label="What the goal counts"
          value={plan.goalMetric}
          placeholder="new customers"
          parse={textParser('What the goal counts', limits.name)}
          save={save('goalMetric')}
        />
        <AutosaveTextField
          label="Deadline"
          type="date"
          value={plan.goalDeadline}
          parse={dateParser}
          save={save('goalDeadline')}
        />
        <ChoiceField
          label="Counted at phase"
          value={phases.some((phase) => phase.id === plan.goalPhaseId) ? plan.goalPhaseId : null}
          choices={phases.map((phase, index) => ({
            value: phase.id,
            label: phaseLabel(phase.name, index),
          }))}
          emptyLabel={`The last phase${lastPhase ? ` (${phaseLabel(lastPhase.name, phases.length - 1)})` : ''}`}
          hint="Where the goal is reached, e.g. Conversion for new customers."
          save={(value) => save('goalPhaseId')(value ?? '')}
        />
        <AutosaveField
          label="Safety buffer (%)"
          value={plan.bufferPercent}
          format={showNumber}
          parse={bufferParser}
          save={save('bufferPercent')}
          hint="Planned on top of the goal, for what does not go to plan."
        />
      </div>
      <RevenueHelper engagementId={engagementId} plan={plan} />
    </>
  );
}

/** Revenue ÷ average deal size, offered as the goal in one click. */
function RevenueHelper({ engagementId, plan }: { engagementId: string; plan: Plan }) {
  const { error, run, clear } = useFailureMessage();
  const customers = goalFromRevenue(plan.revenueTarget, plan.averageDealSize);
  return (
    <details
      className="revenue-helper"
      open={plan.revenueTarget !== null || plan.averageDealSize !== null}
    >
      <summary>Work the goal out from a revenue target</summary>
      <div className="revenue-helper__fields">
        <AutosaveDecimalField
          label="Revenue target"
          value={plan.revenueTarget}
          parse={moneyParser('The revenue target')}
          save={(revenueTarget) => planRepository.update(engagementId, { revenueTarget })}
        />
        <span aria-hidden="true" className="revenue-helper__operator">
          ÷
        </span>
        <AutosaveDecimalField
          label="Average deal size"
          value={plan.averageDealSize}
          parse={moneyParser('The average deal size')}
          save={(averageDealSize) => planRepository.update(engagementId, { averageDealSize })}
        />
        <div className="revenue-helper__result">
          {customers === null ? (
            <span className="subtle">Enter both to see how many customers that takes.</span>
          ) : customers > maxGoal ? (
            <span role="alert" className="field-error">
              That is {formatWhole(customers)} customers, more than the planner’s{' '}
              {formatWhole(maxGoal)}. Check the numbers.
            </span>
          ) : (
            <button
              type="button"
              className="button button--small"
              disabled={plan.goalTarget === customers}
              onClick={() =>
                void run(() => planRepository.update(engagementId, { goalTarget: customers }))
              }
            >
              Use {formatWhole(customers)} as the goal
            </button>
          )}
        </div>
      </div>
      <FailureNotice message={error} onDismiss={clear} />
    </details>
  );
}
