import { defaultJourneyPhaseNames } from '../../../../shared/domain/journey-phase';

interface EmptyJourneyProps {
  onStartFromDefaults: () => void;
  onAddPhase: () => void;
}

/** A map without phases (an engagement from before maps were seeded, or all removed). */
export function EmptyJourney({ onStartFromDefaults, onAddPhase }: EmptyJourneyProps) {
  return (
    <div className="empty-state journey-empty">
      <p>This journey map has no phases yet.</p>
      <p className="subtle">
        Most journeys start from {defaultJourneyPhaseNames.join(', ')}; rename, add and remove
        phases to fit how this client’s prospects really buy.
      </p>
      <div className="journey-empty__actions">
        <button type="button" className="button button--primary" onClick={onStartFromDefaults}>
          Start from the default phases
        </button>
        <button type="button" className="button" onClick={onAddPhase}>
          Add a phase
        </button>
      </div>
    </div>
  );
}
