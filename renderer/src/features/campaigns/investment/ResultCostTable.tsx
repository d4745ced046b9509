import type { JourneyPhase } from '../../../../../shared/domain/journey-phase';
import { scenarioLabels, scenarios, type PlanEditable } from '../../../../../shared/domain/plan';
import { costText } from '../../../../../shared/planning/investment-text';
import {
  resultRoleLabels,
  type InvestmentSummary,
  type ResultCost,
} from '../../../../../shared/planning/marketing-investment';
import { formatWhole } from '../../../../../shared/planning/number-format';
import { ChoiceField } from '../../../components/ChoiceField';
import { phaseChoices } from '../../../components/phase-choices';
import { planRepository } from '../../../db/repositories/plan-repository';

interface ResultCostTableProps {
  engagementId: string;
  summary: InvestmentSummary;
  phases: readonly JourneyPhase[];
  /** The phases worked back from the goal: where leads and opportunities can be counted. */
  plannedPhaseIds: readonly string[];
  chosen: { lead: string; opportunity: string };
}

const field = { lead: 'leadPhaseId', opportunity: 'opportunityPhaseId' } as const;

/** What each lead, opportunity and new customer may cost, per scenario, with the volume behind it. */
export function ResultCostTable({
  engagementId,
  summary,
  phases,
  plannedPhaseIds,
  chosen,
}: ResultCostTableProps) {
  const planned = phases.filter((phase) => plannedPhaseIds.includes(phase.id));
  const countedAt = (result: ResultCost) => {
    if (result.role === 'customer')
      return result.phaseName ? `${result.phaseName} (the goal)` : 'The goal’s phase';
    const key = field[result.role];
    const current = chosen[result.role];
    return (
      <ChoiceField
        label={`${resultRoleLabels[result.role].one}s counted at`}
        hideLabel
        value={planned.some((phase) => phase.id === current) ? current : null}
        choices={phaseChoices(planned)}
        emptyLabel={
          result.phaseName
            ? `${result.phaseName} (${result.role === 'lead' ? 'two phases' : 'one phase'} before the goal)`
            : 'Not enough phases'
        }
        save={(value: string | null) =>
          planRepository.update(engagementId, { [key]: value ?? '' } as Partial<PlanEditable>)
        }
      />
    );
  };
  return (
    <table className="plan-table investment-costs" data-testid="investment-costs">
      <caption className="visually-hidden">Cost per result, per scenario</caption>
      <thead>
        <tr>
          <th scope="col">Result</th>
          <th scope="col">Counted at</th>
          {scenarios.map((scenario) => (
            <th scope="col" key={scenario}>
              {scenarioLabels[scenario]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.results.map((result) => (
          <tr key={result.role} data-testid="investment-cost-row">
            <th scope="row">{resultRoleLabels[result.role].per}</th>
            <td>{countedAt(result)}</td>
            {scenarios.map((scenario) => {
              const volume = result.volumes[scenario];
              return (
                <td key={scenario} data-scenario={scenario}>
                  <span className="investment-costs__cost">
                    {costText(result.costPer[scenario], summary.currency)}
                  </span>
                  {volume !== null ? (
                    <span className="investment-costs__volume">
                      {' '}
                      · {formatWhole(volume)} needed
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
