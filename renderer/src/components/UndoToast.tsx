import { useEffect, useLayoutEffect, useRef } from 'react';

interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  durationMs: number;
}

/** A short-lived notice with an Undo button; it expires by itself. */
export function UndoToast({ message, onUndo, onExpire, durationMs }: UndoToastProps) {
  // The timer starts once per toast: a parent re-rendering with a new callback must not restart it.
  const expire = useRef(onExpire);
  useLayoutEffect(() => {
    expire.current = onExpire;
  });
  useEffect(() => {
    const timer = setTimeout(() => expire.current(), durationMs);
    return () => clearTimeout(timer);
  }, [durationMs]);
  return (
    <div className="toast" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" className="button button--link" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
