import { useEffect, useRef } from 'react';

export interface FacilitatorKeyHandlers {
  toggle: () => void;
  next: () => void;
  previous: () => void;
  leave: () => void;
}

const actionOfKey: Record<string, keyof FacilitatorKeyHandlers> = {
  ' ': 'toggle',
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Escape: 'leave',
};

/**
 * Keyboard and presentation-clicker control: Space starts or pauses, →/PageDown and ←/PageUp
 * step through the agenda, Esc leaves. Keys typed into a field or meant for an open dialog are
 * left alone.
 */
export function useFacilitatorKeys(handlers: FacilitatorKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const action = actionOfKey[event.key];
      if (!action || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey)
        return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (document.querySelector('[role="alertdialog"]')) return;
      // Also keeps a focused button from treating Space as its own click.
      event.preventDefault();
      latest.current[action]();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
