import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface DialogProps {
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  role?: 'dialog' | 'alertdialog';
  className?: string;
  onClose: () => void;
  children: ReactNode;
}

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog as the keyboard expects one: focus moves in (to the element marked autoFocus, or
 * the first control), Tab stays inside, Escape closes it and focus goes back where it was.
 */
export function Dialog({ labelledBy, role = 'dialog', className, onClose, children }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  // Read while rendering, before an autoFocus inside the dialog takes the focus.
  const [returnTo] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );

  useEffect(() => {
    const node = box.current;
    if (node && !node.contains(document.activeElement))
      (node.querySelector<HTMLElement>(focusable) ?? node).focus();
    return () => {
      if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    };
  }, [returnTo]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      // Closes this dialog only: not facilitator mode or anything else listening for Escape.
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const controls = [...box.current.querySelectorAll<HTMLElement>(focusable)];
    const first = controls[0];
    const last = controls.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        className={className ?? 'dialog'}
        role={role}
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}
