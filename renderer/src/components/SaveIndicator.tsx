import { useSaveStatus } from '../hooks/use-save-status';

/**
 * "All changes saved" means everything typed is in the database and in main's safety copy; text
 * still only in a field reads "Editing…", a write on its way "Saving…", a value refused and left in
 * its field "Not saved"; failures stay visible.
 */
export function SaveIndicator() {
  const { editing, refused, pending, error, lastSavedAt } = useSaveStatus();
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
  if (refused > 0 && editing === 0 && pending === 0) {
    return (
      <span
        className="save-indicator save-indicator--error"
        role="status"
        data-testid="save-indicator"
        title="The value beside its reason was not saved; the stored value is kept until it is corrected."
      >
        Not saved: {refused === 1 ? 'a value was refused' : `${refused} values were refused`}
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
