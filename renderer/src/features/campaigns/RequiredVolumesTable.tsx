import { useState } from 'react';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import { scenarioLabels, scenarios, type Plan } from '../../../../shared/domain/plan';
import { formatPercent, formatWhole } from '../../../../shared/planning/number-format';
import type { PhaseVolumes, WorkBackwardsPlan } from '../../../../shared/planning/work-backwards';
import { joinWords } from '../../../../shared/planning/plan-warnings';
import { AutosaveDecimalField } from '../../components/AutosaveField';
import { decimalParser } from '../../components/decimal-parser';
import { FailureNotice, Notice } from '../../components/Notice';
import { campaignRepository } from '../../db/repositories/campaign-repository';
import { journeyPhaseRepository } from '../../db/repositories/journey-phase-repository';
import { useFailureMessage } from '../../hooks/use-failure-message';
import { campaignForPhase } from './campaign-from-plan';

interface RequiredVolumesTableProps {
  engagementId: string;
  phases: readonly JourneyPhase[];
  plan: Plan;
  worked: WorkBackwardsPlan;
}

const baselineParser = decimalParser('Today’s volume', { min: 0, max: 1e12 });

/** The volume each phase needs per scenario, beside today's, with a campaign one click away. */
export function RequiredVolumesTable({
  engagementId,
  phases,
  plan,
  worked,
}: RequiredVolumesTableProps) {
  const { error, run, clear } = useFailureMessage();
  const [added, setAdded] = useState<string | null>(null);
  const farAbove = new Set(
    worked.warnings
      .filter((warning) => warning.kind === 'above-baseline')
      .flatMap((warning) =>
        (warning.scenarios ?? []).map((scenario) => `${warning.phaseId}|${scenario}`),
      ),
  );
  const unit = plan.goalMetric.trim() || 'people';

  async function addCampaign(row: PhaseVolumes) {
    const phase = phases.find((candidate) => candidate.id === row.phaseId);
    if (!phase) return;
    const input = campaignForPhase(worked, phase, row.name);
    await run(async () => {
      await campaignRepository.add(engagementId, input);
      setAdded(
        input.target === null || input.target === undefined
          ? `Added “${input.name}” below.`
          : `Added “${input.name}” below, with a target of ${formatWhole(input.target)}.`,
      );
    });
  }

  return (
    <>
      <p className="subtle">
        {worked.bufferedGoal === null
          ? 'Set a goal to see what each phase needs.'
          : `${formatWhole(worked.bufferedGoal)} ${unit} at ${worked.phases[worked.phases.length - 1]?.name ?? ''}: the goal of ${formatWhole(plan.goalTarget ?? 0)} plus a ${formatPercent(plan.bufferPercent)} safety buffer.`}
      </p>
      <table className="plan-table plan-volumes">
        <caption className="visually-hidden">Volume each phase needs, per scenario</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Today</th>
            {scenarios.map((scenario) => (
              <th scope="col" key={scenario}>
                {scenarioLabels[scenario]}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Campaign</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {worked.phases.map((row) => (
            <tr key={row.phaseId} data-testid="plan-volume-row">
              <th scope="row">{row.name}</th>
              <td>
                <AutosaveDecimalField
                  label={`Today’s volume in ${row.name}`}
                  hideLabel
                  className="plan-baseline"
                  value={phases.find((phase) => phase.id === row.phaseId)?.baseline ?? null}
                  parse={baselineParser}
                  placeholder="unknown"
                  save={(baseline) => journeyPhaseRepository.update(row.phaseId, { baseline })}
                />
              </td>
              {scenarios.map((scenario) => {
                const volume = row.volumes[scenario];
                const far = farAbove.has(`${row.phaseId}|${scenario}`);
                return (
                  <td
                    key={scenario}
                    className={`plan-volume${far ? ' plan-volume--far' : ''}`}
                    data-scenario={scenario}
                  >
                    {volume === null ? (
                      <span title="Cannot be worked out: see what to check below">
                        —<span className="visually-hidden"> (cannot be worked out)</span>
                      </span>
                    ) : (
                      <>
                        {formatWhole(volume)}
                        {far ? <span className="visually-hidden"> (far above today)</span> : null}
                      </>
                    )}
                  </td>
                );
              })}
              <td>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Add a campaign for ${row.name}`}
                  onClick={() => void addCampaign(row)}
                >
                  Add campaign
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <OverallConversion worked={worked} />
      {worked.afterGoal.length > 0 ? (
        <p className="subtle">
          {joinWords(worked.afterGoal.map((phase) => phase.name))}{' '}
          {worked.afterGoal.length === 1 ? 'comes' : 'come'} after the goal and{' '}
          {worked.afterGoal.length === 1 ? 'is' : 'are'} not worked back.
        </p>
      ) : null}
      {added ? (
        <Notice tone="success" onDismiss={() => setAdded(null)}>
          {added}
        </Notice>
      ) : null}
      <FailureNotice message={error} onDismiss={clear} />
    </>
  );
}

function OverallConversion({ worked }: { worked: WorkBackwardsPlan }) {
  const first = worked.phases[0];
  const last = worked.phases[worked.phases.length - 1];
  if (!first || !last || first === last) return null;
  const parts = scenarios.flatMap((scenario) => {
    const percent = worked.overallPercent[scenario];
    return percent === null ? [] : [`${formatPercent(percent)} ${scenario}`];
  });
  if (parts.length === 0) return null;
  return (
    <p className="plan-overall" data-testid="plan-overall">
      Overall conversion from {first.name} to {last.name}: {parts.join(' · ')}.
    </p>
  );
}
