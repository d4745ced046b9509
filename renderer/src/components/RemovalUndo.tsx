import { FailureNotice } from './Notice';
import { UndoToast } from './UndoToast';

interface RemovalUndoProps {
  /** What was removed, as the consultant would name it; null when nothing is pending. */
  label: string | null;
  rowKey: string;
  onUndo: () => void;
  onDismiss: () => void;
}

export const undoDurationMs = 8000;

export function RemovalUndo({ label, rowKey, onUndo, onDismiss }: RemovalUndoProps) {
  if (label === null) return null;
  return (
    <UndoToast
      key={rowKey}
      message={`Removed ${label}.`}
      durationMs={undoDurationMs}
      onUndo={onUndo}
      onExpire={onDismiss}
    />
  );
}

/** The state of useUndoableRemoval that its notices need. */
interface PendingRemoval<Row> {
  removed: Row | null;
  undo: () => Promise<void>;
  dismiss: () => void;
  error: string | null;
  clearError: () => void;
}

/** The Undo of a list's last removal, and why a removal or its undo was refused. */
export function RemovalNotices<Row extends { id: string }>({
  removal,
  describe,
}: {
  removal: PendingRemoval<Row>;
  /** The removed row as the message names it: “Slow onboarding”, "an empty persona". */
  describe: (row: Row) => string;
}) {
  return (
    <>
      <RemovalUndo
        label={removal.removed ? describe(removal.removed) : null}
        rowKey={removal.removed?.id ?? ''}
        onUndo={() => void removal.undo()}
        onDismiss={removal.dismiss}
      />
      <FailureNotice message={removal.error} onDismiss={removal.clearError} />
    </>
  );
}
