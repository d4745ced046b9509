import type { CampaignEditable } from '../../../../shared/domain/campaign';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import type { WorkBackwardsPlan } from '../../../../shared/planning/work-backwards';

/** The planner's expected volume for a phase: the target a campaign in that phase is offered. */
export function plannerTarget(worked: WorkBackwardsPlan, phaseId: string): number | null {
  return worked.phases.find((phase) => phase.phaseId === phaseId)?.volumes.expected ?? null;
}

/** A new campaign for a phase, its target taken from the planner and its KPI from the map. */
export function campaignForPhase(
  worked: WorkBackwardsPlan,
  phase: Pick<JourneyPhase, 'id' | 'kpi'>,
  phaseName: string,
): Partial<CampaignEditable> {
  return {
    name: `${phaseName} campaign`,
    phaseId: phase.id,
    target: plannerTarget(worked, phase.id),
    kpi: phase.kpi,
  };
}
