import { useEffect } from 'react';

interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  durationMs: number;
}

/** A short-lived notice with an Undo button; it expires by itself. */
export function UndoToast({ message, onUndo, onExpire, durationMs }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onExpire, durationMs);
    return () => clearTimeout(timer);
  }, [onExpire, durationMs]);
  return (
    <div className="toast" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" className="button button--link" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
