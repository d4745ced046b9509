import { emptyPlan } from '../../../../shared/domain/plan';
import { useCampaigns } from '../../hooks/use-campaigns';
import { useJourneyPhases } from '../../hooks/use-journey-phases';
import { usePlan } from '../../hooks/use-plan';
import type { WorksheetProps } from '../workspace/worksheet-props';
import { CampaignList } from './CampaignList';
import { CampaignTimeline } from './CampaignTimeline';
import { MarketingInvestment } from './investment/MarketingInvestment';
import { NoJourneyYet } from './NoJourneyYet';
import { useWorkBackwards } from './use-work-backwards';
import { WorkBackwardsPlanner } from './WorkBackwardsPlanner';
import './campaigns.css';

const noPhases = [] as const;

/** The work-backwards plan from the final goal to each phase, and the campaigns that deliver it. */
export function CampaignsWorksheet({ engagement, session }: WorksheetProps) {
  const phases = useJourneyPhases(engagement.id);
  const plan = usePlan(engagement.id);
  const campaigns = useCampaigns(engagement.id);
  const worked = useWorkBackwards(phases ?? noPhases, plan ?? emptyPlan(engagement.id));

  return (
    <section className="worksheet campaigns-worksheet" aria-labelledby="campaigns-title">
      <h2 id="campaigns-title">Campaigns & plan</h2>
      <p className="worksheet-hint">
        Work backwards from the final goal: what must be reached by when, the conversion rate
        between each pair of phases in three scenarios, and a safety buffer. The planner shows the
        volume each phase needs and where that is unrealistic. Then give each campaign its own
        attainable goal, tied to a phase — for example, a lead-generation campaign that shares
        engaging content with target prospects and sends them to a landing page.
      </p>
      {phases === undefined || plan === undefined ? (
        <p className="subtle">Loading the plan…</p>
      ) : phases.length === 0 ? (
        <NoJourneyYet engagementId={engagement.id} sessionId={session.id} />
      ) : (
        <WorkBackwardsPlanner
          engagementId={engagement.id}
          phases={phases}
          plan={plan}
          worked={worked}
        />
      )}
      <CampaignList
        engagementId={engagement.id}
        campaigns={campaigns}
        phases={phases ?? noPhases}
        worked={worked}
        currency={plan?.currency ?? ''}
      />
      {campaigns && campaigns.length > 0 ? (
        <CampaignTimeline phases={phases ?? noPhases} campaigns={campaigns} />
      ) : null}
      {phases && phases.length > 0 && plan && campaigns ? (
        <MarketingInvestment
          engagementId={engagement.id}
          phases={phases}
          plan={plan}
          campaigns={campaigns}
          worked={worked}
        />
      ) : null}
    </section>
  );
}
