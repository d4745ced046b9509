import { routeToHash } from '../../app/routes';
import { useFacilitatorClock } from '../../hooks/use-facilitator-clock';
import './facilitator.css';

/** The way into facilitator mode from the agenda; says "Resume" when a run is under way. */
export function RunSessionButton({
  engagementId,
  sessionId,
}: {
  engagementId: string;
  sessionId: string;
}) {
  const clock = useFacilitatorClock(sessionId);
  const underway = Boolean(clock && !clock.finished && clock.currentItemId !== '');
  return (
    <div className="run-session">
      <a
        className="button button--primary"
        href={routeToHash({ name: 'facilitate', engagementId, sessionId })}
      >
        {underway ? 'Resume running the session' : 'Run session'}
      </a>
      <span className="subtle">Facilitator mode: full window, timed agenda</span>
    </div>
  );
}
