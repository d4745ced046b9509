import type { ReactNode } from 'react';

export function Notice({
  tone,
  children,
  onDismiss,
}: {
  tone: 'error' | 'warning' | 'success' | 'info';
  children: ReactNode;
  onDismiss?: () => void;
}) {
  return (
    <div
      className={`notice notice--${tone}`}
      role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}
    >
      <div>{children}</div>
      {onDismiss ? (
        <button
          type="button"
          className="button button--link"
          onClick={onDismiss}
          aria-label="Dismiss"
        >
          ×
        </button>
      ) : null}
    </div>
  );
}

/** Why a write was refused, until dismissed; nothing while all is well. */
export function FailureNotice({
  message,
  onDismiss,
}: {
  message: string | null;
  onDismiss: () => void;
}) {
  return message ? (
    <Notice tone="error" onDismiss={onDismiss}>
      {message}
    </Notice>
  ) : null;
}
