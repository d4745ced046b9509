import type { Route } from '../../app/routes';
import { useAgendaItems } from '../../hooks/use-agenda-items';
import { useEngagement } from '../../hooks/use-engagement';
import { useFacilitatorClock } from '../../hooks/use-facilitator-clock';
import { useSessions } from '../../hooks/use-sessions';
import { FacilitatorStage } from './FacilitatorStage';
import './facilitator.css';

interface FacilitatorViewProps {
  engagementId: string;
  sessionId: string;
  navigate: (route: Route) => void;
}

/** Facilitator mode: the whole window runs one session in front of the client. */
export function FacilitatorView({ engagementId, sessionId, navigate }: FacilitatorViewProps) {
  const engagement = useEngagement(engagementId);
  const sessions = useSessions(engagementId);
  const items = useAgendaItems(sessionId);
  const clock = useFacilitatorClock(sessionId);
  const session = sessions?.find((candidate) => candidate.id === sessionId);
  const backToAgenda = () =>
    navigate({ name: 'engagement', engagementId, worksheet: 'purpose-agenda', sessionId });

  if (
    engagement === undefined ||
    sessions === undefined ||
    items === undefined ||
    clock === undefined
  )
    return <p className="subtle page-pad">Opening facilitator mode…</p>;
  if (engagement === null || !session) {
    return (
      <main className="page-pad">
        <p>This session is not on this laptop (it may have been deleted).</p>
        <button
          type="button"
          className="button"
          onClick={() => navigate({ name: 'home', creating: false, showArchived: false })}
        >
          Back to engagements
        </button>
      </main>
    );
  }
  return (
    <FacilitatorStage
      engagement={engagement}
      session={session}
      items={items}
      clock={clock}
      onLeave={backToAgenda}
    />
  );
}
