import { useId, type ReactNode } from 'react';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** A third way out, beside Cancel and the confirmation (open the one already here…). */
  alternative?: { label: string; onSelect: () => void };
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question; Escape or Cancel closes it, focus starts on the safe choice. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger,
  alternative,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <Dialog labelledBy={titleId} role="alertdialog" onClose={onCancel}>
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        {alternative ? (
          <button type="button" className="button" onClick={alternative.onSelect}>
            {alternative.label}
          </button>
        ) : null}
        <button
          type="button"
          className={`button ${danger ? 'button--danger' : 'button--primary'}`}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
