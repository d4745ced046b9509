interface FacilitatorControlsProps {
  running: boolean;
  finished: boolean;
  hasItems: boolean;
  atFirst: boolean;
  atLast: boolean;
  onToggle: () => void;
  onNext: () => void;
  onPrevious: () => void;
  onReset: () => void;
}

/** Large buttons for the room; each names its key, and the keys work anywhere on the page. */
export function FacilitatorControls({
  running,
  finished,
  hasItems,
  atFirst,
  atLast,
  onToggle,
  onNext,
  onPrevious,
  onReset,
}: FacilitatorControlsProps) {
  return (
    <footer className="facilitator__controls" aria-label="Facilitator controls">
      <button
        type="button"
        className="button facilitator__button"
        onClick={onPrevious}
        disabled={!hasItems || (atFirst && !finished)}
        aria-keyshortcuts="ArrowLeft PageUp"
      >
        ← Previous
      </button>
      <button
        type="button"
        className="button button--primary facilitator__button facilitator__button--main"
        onClick={onToggle}
        disabled={!hasItems || finished}
        aria-keyshortcuts="Space"
      >
        {running ? 'Pause' : 'Start'}
      </button>
      <button
        type="button"
        className="button facilitator__button"
        onClick={onNext}
        disabled={!hasItems || finished}
        aria-keyshortcuts="ArrowRight PageDown"
      >
        {atLast ? 'Finish' : 'Next →'}
      </button>
      <p className="facilitator__keys subtle">
        Space start / pause · → or Page Down next · ← or Page Up previous · Esc leave
      </p>
      <button type="button" className="button button--link" onClick={onReset}>
        Clear timings…
      </button>
    </footer>
  );
}
