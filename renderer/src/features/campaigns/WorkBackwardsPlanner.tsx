import { toReverseFunnelData } from '../../../../shared/charts/plan-chart-data';
import { ReverseFunnelChart } from '../../../../shared/charts/ReverseFunnelChart';
import { summariseReverseFunnel } from '../../../../shared/charts/reverse-funnel-summary';
import type { JourneyPhase } from '../../../../shared/domain/journey-phase';
import type { Plan } from '../../../../shared/domain/plan';
import type { WorkBackwardsPlan } from '../../../../shared/planning/work-backwards';
import { ChartFigure } from './ChartFigure';
import { ConversionRatesTable } from './ConversionRatesTable';
import { PlanGoalFields } from './PlanGoalFields';
import { PlanWarningList } from './PlanWarningList';
import { RequiredVolumesTable } from './RequiredVolumesTable';

interface WorkBackwardsPlannerProps {
  engagementId: string;
  phases: readonly JourneyPhase[];
  plan: Plan;
  worked: WorkBackwardsPlan;
}

/** Goal, rates and buffer in; the volume each phase needs, and what is unrealistic, out. */
export function WorkBackwardsPlanner({
  engagementId,
  phases,
  plan,
  worked,
}: WorkBackwardsPlannerProps) {
  const funnel = toReverseFunnelData(worked);
  return (
    <div className="planner">
      <h3>The goal</h3>
      <PlanGoalFields engagementId={engagementId} phases={phases} plan={plan} />
      <h3>Conversion rates</h3>
      <ConversionRatesTable
        engagementId={engagementId}
        phases={phases}
        plan={plan}
        worked={worked}
      />
      <h3>What each phase needs</h3>
      <RequiredVolumesTable
        engagementId={engagementId}
        phases={phases}
        plan={plan}
        worked={worked}
      />
      <PlanWarningList warnings={worked.warnings} />
      {worked.phases.length > 0 ? (
        <ChartFigure
          title="Reverse funnel: volume each phase needs"
          summary={summariseReverseFunnel(funnel)}
        >
          <ReverseFunnelChart data={funnel} />
        </ChartFigure>
      ) : null}
    </div>
  );
}
