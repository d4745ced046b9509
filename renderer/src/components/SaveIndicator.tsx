import { useSaveStatus } from '../hooks/use-save-status';

/** "Saved" means the last write has reached the database; failures stay visible. */
export function SaveIndicator() {
  const { pending, error, lastSavedAt } = useSaveStatus();
  if (error) {
    return (
      <span
        className="save-indicator save-indicator--error"
        role="status"
        data-testid="save-indicator"
      >
        Not saved: {error}
      </span>
    );
  }
  if (pending > 0) {
    return (
      <span
        className="save-indicator save-indicator--pending"
        role="status"
        data-testid="save-indicator"
      >
        Saving…
      </span>
    );
  }
  return (
    <span
      className="save-indicator"
      role="status"
      data-testid="save-indicator"
      title={lastSavedAt ? new Date(lastSavedAt).toLocaleTimeString() : undefined}
    >
      All changes saved
    </span>
  );
}
