interface TaskProgressProps {
  /** What is being done now; null while getting ready. */
  label: string | null;
  /** The step under way (0 for the first) and how many there are. */
  step: number;
  steps: number;
  /** The progress bar's name for a screen reader: "Export progress". */
  name: string;
  cancelLabel: string;
  cancelling: boolean;
  /** False once the work can no longer be cancelled (it is writing, whole or not at all). */
  canCancel: boolean;
  onCancel: () => void;
  className?: string;
}

/** Work that takes a while: its step, a progress bar and the button that cancels it. */
export function TaskProgress({
  label,
  step,
  steps,
  name,
  cancelLabel,
  cancelling,
  canCancel,
  onCancel,
  className = '',
}: TaskProgressProps) {
  const said = cancelling
    ? 'Cancelling…'
    : label === null
      ? 'Getting ready…'
      : `Step ${step + 1} of ${steps}: ${label}`;
  return (
    <div className={`notice notice--info task-progress ${className}`.trim()} role="status">
      <div className="task-progress__body">
        <span>{said}</span>
        <progress aria-label={name} max={steps} value={label === null ? 0 : step} />
      </div>
      <button
        type="button"
        className="button button--small"
        onClick={onCancel}
        disabled={cancelling || !canCancel}
      >
        {cancelLabel}
      </button>
    </div>
  );
}
