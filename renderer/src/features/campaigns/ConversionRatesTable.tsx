import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import {
  scenarioLabels,
  scenarios,
  type Plan,
  type Scenario,
} from '../../../../shared/domain/plan';
import { type WorkBackwardsPlan } from '../../../../shared/planning/work-backwards';
import { AutosaveDecimalField } from '../../components/AutosaveField';
import { planRepository } from '../../db/repositories/plan-repository';
import { rateParser } from './plan-parsers';

interface ConversionRatesTableProps {
  engagementId: string;
  phases: readonly JourneyPhase[];
  plan: Plan;
  worked: WorkBackwardsPlan;
}

/** One row per pair of neighbouring phases up to the goal: the rate between them, per scenario. */
export function ConversionRatesTable({
  engagementId,
  phases,
  plan,
  worked,
}: ConversionRatesTableProps) {
  const pairs = worked.phases.slice(0, -1).map((from, index) => ({
    from,
    to: worked.phases[index + 1] as (typeof worked.phases)[number],
    journey: phases.find((phase) => phase.id === from.phaseId),
  }));
  if (pairs.length === 0)
    return (
      <p className="subtle">
        The goal is counted at the first phase, so there is no rate to work back through.
      </p>
    );

  const field = (
    fromId: string,
    fromName: string,
    toName: string,
    scenario: Scenario,
    mapRate: number | null,
  ) => (
    <AutosaveDecimalField
      label={`${scenarioLabels[scenario]} rate from ${fromName} to ${toName} (%)`}
      hideLabel
      className="plan-rate"
      value={plan.rates[fromId]?.[scenario] ?? null}
      parse={rateParser}
      placeholder={scenario === 'expected' && mapRate !== null ? `${mapRate} (map)` : '%'}
      save={(rate) => planRepository.setRate(engagementId, fromId, scenario, rate)}
    />
  );

  return (
    <>
      <table className="plan-table plan-rates">
        <caption className="visually-hidden">Conversion rates between phases, in percent</caption>
        <thead>
          <tr>
            <th scope="col">From → to</th>
            {scenarios.map((scenario) => (
              <th scope="col" key={scenario}>
                {scenarioLabels[scenario]} %
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pairs.map(({ from, to, journey }) => (
            <tr key={from.phaseId}>
              <th scope="row">
                {from.name} → {to.name}
              </th>
              {scenarios.map((scenario) => (
                <td key={scenario}>
                  {field(
                    from.phaseId,
                    from.name,
                    to.name,
                    scenario,
                    journey?.conversionRate ?? null,
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">
        The percent of one phase’s volume that reaches the next. An empty expected rate uses the
        journey map’s conversion rate, shown in grey.
      </p>
    </>
  );
}
