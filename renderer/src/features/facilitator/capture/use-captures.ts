import { useCallback, useRef, useState } from 'react';
import type { ActionItem } from '../../../../../shared/domain/action-item';
import { captureLabels, type CaptureKind } from '../../../../../shared/domain/capture';
import type { SessionNote } from '../../../../../shared/domain/session-note';
import { actionItemRepository } from '../../../db/repositories/action-item-repository';
import { sessionNoteRepository } from '../../../db/repositories/session-note-repository';
import { useFailureMessage } from '../../../hooks/use-failure-message';
import type { CaptureOutcome, CaptureTarget } from './capture-target';

export interface OpenCapture {
  /** Tells one opened capture from the next, so each gets a fresh form. */
  serial: number;
  kind: CaptureKind;
  /** Fixed when the key is pressed: moving on while typing leaves the capture where it began. */
  target: CaptureTarget;
}

interface Captured {
  kind: CaptureKind;
  id: string;
}

type Removed =
  | { kind: 'action'; row: ActionItem; words: string }
  | { kind: Exclude<CaptureKind, 'action'>; row: SessionNote; words: string };

function removeCapture(capture: Captured): Promise<ActionItem | SessionNote | undefined> {
  return capture.kind === 'action'
    ? actionItemRepository.remove(capture.id)
    : sessionNoteRepository.remove(capture.id);
}

/**
 * The captures of one run of facilitator mode: which one is open, and the order they were made,
 * so Ctrl+Z (⌘Z) takes back the last one and the notice's Undo brings it back.
 */
export function useCaptures() {
  const [open, setOpen] = useState<OpenCapture | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const made = useRef<Captured[]>([]);
  const serial = useRef(0);
  const { error, run, clear } = useFailureMessage();

  const start = useCallback((kind: CaptureKind, target: CaptureTarget) => {
    serial.current += 1;
    setOpen({ serial: serial.current, kind, target });
  }, []);

  const created = useCallback((kind: CaptureKind, id: string) => {
    made.current.push({ kind, id });
  }, []);

  /**
   * Closes the open capture at once; its last save finishes behind it. One left empty is taken
   * away again, as if never opened; a save that fails says what was typed, so it is not lost.
   */
  const done = useCallback(
    (kind: CaptureKind, outcome: Promise<CaptureOutcome>, words: string) => {
      setOpen(null);
      void run(async () => {
        let settled: CaptureOutcome;
        try {
          settled = await outcome;
        } catch (failure) {
          const reason = failure instanceof Error ? failure.message : String(failure);
          throw new Error(`${captureLabels[kind].one} “${words}” was not saved: ${reason}`, {
            cause: failure,
          });
        }
        const { id, empty } = settled;
        if (id === null || !empty) return;
        made.current = made.current.filter((capture) => capture.id !== id);
        await removeCapture({ kind, id });
      });
    },
    [run],
  );

  const undoLast = useCallback(async () => {
    const last = made.current.pop();
    if (!last) return;
    const row = await run(() => removeCapture(last));
    if (!row) return;
    const words = 'what' in row ? row.what : row.text;
    setRemoved({ kind: last.kind, row, words } as Removed);
  }, [run]);

  const bringBack = useCallback(async () => {
    if (!removed) return;
    setRemoved(null);
    const restored = await run(async () => {
      if (removed.kind === 'action') await actionItemRepository.restore(removed.row);
      else await sessionNoteRepository.restore(removed.row);
      return true;
    });
    if (restored) made.current.push({ kind: removed.kind, id: removed.row.id });
  }, [removed, run]);

  const removedMessage = removed
    ? `Took back ${captureLabels[removed.kind].the}${removed.words.trim() ? ` “${removed.words.trim()}”` : ''}.`
    : null;

  return {
    open,
    start,
    created,
    done,
    undoLast,
    bringBack,
    removedMessage,
    dismissRemoved: useCallback(() => setRemoved(null), []),
    error,
    clearError: clear,
  };
}
