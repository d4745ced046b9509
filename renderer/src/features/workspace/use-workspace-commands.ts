import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { onCommand } from '../../app/command-bus';
import { codeLoadedOrCap } from '../../components/code-wait';
import { preloadWorksheet } from './worksheet-registry';
import { worksheetCatalog } from './worksheet-catalog';

interface WorkspaceCommands {
  /** The worksheet on screen. */
  worksheetId: string;
  goToWorksheet: (worksheetId: string) => void;
  /** Facilitator mode for the session on screen; null when the engagement has no session. */
  runSession: (() => void) | null;
  /** Where the worksheet is drawn: its heading takes the focus after a move by keyboard. */
  main: RefObject<HTMLElement | null>;
}

/** The next (step 1) or previous (step -1) worksheet of the method, wrapping at either end. */
export function stepWorksheet(worksheetId: string, step: 1 | -1): string {
  const index = worksheetCatalog.findIndex((entry) => entry.id === worksheetId);
  const count = worksheetCatalog.length;
  return (worksheetCatalog[(index + step + count) % count] ?? worksheetCatalog[0])!.id;
}

/** Go › Next / Previous worksheet and Run session, answered by the open engagement. */
export function useWorkspaceCommands({
  worksheetId,
  goToWorksheet,
  runSession,
  main,
}: WorkspaceCommands): void {
  const latest = useRef({ worksheetId, goToWorksheet, runSession });
  /** The worksheet the last press goes to, until the screen changes (to it, or by a click). */
  const requested = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (latest.current.worksheetId !== worksheetId) requested.current = null;
    latest.current = { worksheetId, goToWorksheet, runSession };
  });
  const movedByCommand = useRef(false);

  useEffect(() => {
    const step = (by: 1 | -1) => () => {
      const target = stepWorksheet(requested.current ?? latest.current.worksheetId, by);
      // A second press before the screen has changed goes on from where the first one went.
      requested.current = target;
      // Only the worksheet gone to is loaded, and shown once its code is here (or after a short
      // cap), so it opens without a loading fallback; a later press wins over an earlier one.
      void codeLoadedOrCap(preloadWorksheet(target)).then(() => {
        if (requested.current !== target) return;
        movedByCommand.current = true;
        latest.current.goToWorksheet(target);
      });
    };
    const stops = [
      onCommand('next-worksheet', step(1)),
      onCommand('previous-worksheet', step(-1)),
      onCommand('run-session', () => latest.current.runSession?.()),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);

  // The field that had the focus is gone with the old worksheet: the new one's heading takes it,
  // so Tab goes on from there and a screen reader says where the consultant landed.
  useEffect(() => {
    if (!movedByCommand.current || !main.current) return;
    movedByCommand.current = false;
    const label = worksheetCatalog.find((entry) => entry.id === worksheetId)?.label ?? '';
    return focusHeadingWhenShown(main.current, label);
  }, [worksheetId, main]);
}

const headingWaitMs = 3_000;

/**
 * Focuses the worksheet's heading once it is drawn: a worksheet loads on first use, and until then
 * the old one may still be there, hidden.
 */
function focusHeadingWhenShown(container: HTMLElement, label: string): () => void {
  const focus = () => {
    const heading = [...container.querySelectorAll<HTMLElement>('h2')].find(
      (candidate) =>
        candidate.getClientRects().length > 0 && candidate.textContent?.trim() === label,
    );
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
    return document.activeElement === heading;
  };
  if (focus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focus()) stop();
  });
  const timer = setTimeout(() => stop(), headingWaitMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(container, { childList: true, subtree: true, attributes: true });
  return stop;
}
