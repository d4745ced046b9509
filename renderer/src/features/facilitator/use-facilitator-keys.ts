import { onCommand } from '../../app/command-bus';
import { useEffect, useRef } from 'react';
import { captureKindOfKey, type CaptureKind } from '../../../../shared/domain/capture';

export interface FacilitatorKeyHandlers {
  toggle: () => void;
  next: () => void;
  previous: () => void;
  leave: () => void;
  /** D, A, P, I: opens a capture of that kind. */
  capture: (kind: CaptureKind) => void;
  /** Ctrl+Z (⌘Z): takes back the last capture. */
  undo: () => void;
}

type StepAction = 'toggle' | 'next' | 'previous' | 'leave';

const actionOfKey: Record<string, StepAction> = {
  ' ': 'toggle',
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Escape: 'leave',
};

/**
 * Keyboard and presentation-clicker control: Space starts or pauses, →/PageDown and ←/PageUp
 * step through the agenda, Esc leaves, a letter opens a capture and Ctrl+Z takes the last one
 * back. Keys typed into a field (where Ctrl+Z undoes typing) or meant for an open dialog are left
 * alone.
 */
export function useFacilitatorKeys(handlers: FacilitatorKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (document.querySelector('[role="alertdialog"]')) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = actionOfKey[event.key];
      const kind = action ? null : captureKindOfKey(event.key);
      if (!action && !kind) return;
      // Also keeps a focused button from treating Space as its own click, and a capture's letter
      // from landing in the field it opens.
      event.preventDefault();
      if (action) latest.current[action]();
      else if (kind) latest.current.capture(kind);
    }
    window.addEventListener('keydown', onKeyDown);
    // Ctrl+Z (⌘Z) and Edit › Undo are the app's undo command: here it takes back the last capture.
    const stopUndo = onCommand('undo-removal', () => latest.current.undo());
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopUndo();
    };
  }, []);
}
