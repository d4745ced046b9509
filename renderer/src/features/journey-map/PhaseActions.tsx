interface PhaseActionsProps {
  /** "3. Conversion". */
  label: string;
  onEarlier: (() => void) | null;
  onLater: (() => void) | null;
  onRemove: () => void;
  /** Arrows across (grid columns) or up and down (list rows). */
  direction: 'across' | 'down';
}

/** Move a phase earlier or later in the journey, or remove it; each named after the phase. */
export function PhaseActions({
  label,
  onEarlier,
  onLater,
  onRemove,
  direction,
}: PhaseActionsProps) {
  return (
    <div className="journey-phase-actions">
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${label} earlier`}
        disabled={!onEarlier}
        onClick={() => onEarlier?.()}
      >
        {direction === 'across' ? '←' : '↑'}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${label} later`}
        disabled={!onLater}
        onClick={() => onLater?.()}
      >
        {direction === 'across' ? '→' : '↓'}
      </button>
      <button
        type="button"
        className="icon-button icon-button--danger"
        aria-label={`Remove phase ${label}`}
        onClick={onRemove}
      >
        ✕
      </button>
    </div>
  );
}
