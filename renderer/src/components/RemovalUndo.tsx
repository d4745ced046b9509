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
