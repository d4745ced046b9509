import { routeToHash } from '../../app/routes';
import { journeyPhaseRepository } from '../../db/repositories/journey-phase-repository';
import { useFailureMessage } from '../../hooks/use-failure-message';
import { FailureNotice } from '../../components/Notice';

/** The planner works back through the journey's phases; without them it says so and offers a start. */
export function NoJourneyYet({
  engagementId,
  sessionId,
}: {
  engagementId: string;
  sessionId: string;
}) {
  const { error, run, clear } = useFailureMessage();
  const journeyMap = routeToHash({
    name: 'engagement',
    engagementId,
    worksheet: 'journey-map',
    sessionId,
  });
  return (
    <div className="notice notice--info plan-no-journey" role="status">
      <div>
        <p>
          <strong>Map the journey first.</strong> The plan works backwards through the phases of the
          customer journey map: from the goal to the volume each phase needs.
        </p>
        <div className="plan-no-journey__actions">
          <a className="button button--primary" href={journeyMap}>
            Open the customer journey map
          </a>
          <button
            type="button"
            className="button"
            onClick={() => void run(() => journeyPhaseRepository.addDefaultPhases(engagementId))}
          >
            Start from the default phases
          </button>
        </div>
        <p className="subtle">
          The default phases are awareness, consideration, conversion, onboarding and advocacy;
          rename or change them in the journey map.
        </p>
        <FailureNotice message={error} onDismiss={clear} />
      </div>
    </div>
  );
}
