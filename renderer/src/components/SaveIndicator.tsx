import { useSaveStatus } from '../hooks/use-save-status';

/**
 * "All changes saved" means everything typed is in the database and in main's safety copy; text
 * still only in a field reads "Editing…", a write on its way "Saving…"; failures stay visible.
 */
export function SaveIndicator() {
  const { editing, pending, error, lastSavedAt } = useSaveStatus();
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
  if (editing > 0 && pending === 0) {
    return (
      <span
        className="save-indicator save-indicator--pending"
        role="status"
        data-testid="save-indicator"
        title="Not saved yet: what you type is saved as soon as you pause."
      >
        Editing…
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
