import { saveStatusStore } from '../../db/save-status';

const longestWaitMs = 5_000;

/**
 * Ends the edit in the focused field, so its autosave starts now (a menu shortcut exports without
 * moving focus), then waits until every write has settled: the export then reads what was typed.
 * Focus and caret return to the field.
 */
export async function commitPendingEdits(): Promise<void> {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused !== document.body) {
    focused.blur();
    focused.focus({ preventScroll: true });
  }
  if (saveStatusStore.get().pending === 0) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    // A write that never settles must not hold the export forever.
    const timer = setTimeout(done, longestWaitMs);
    const stop = saveStatusStore.subscribe(() => {
      if (saveStatusStore.get().pending === 0) done();
    });
  });
}
