import type { Rect, WindowState } from './window-placement';
import { recordWindow } from './window-placement';

/** The part of a BrowserWindow the tracker reads; a plain object in tests. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
}

export interface WindowStateTracking {
  /** Waits for the last save to be on disk (at quit). */
  flush(): Promise<void>;
}

interface TrackOptions {
  window: TrackedWindow;
  initial: WindowState;
  /** The key of the display showing most of these bounds. */
  displayKeyAt: (bounds: Rect) => string;
  save: (state: WindowState) => Promise<void>;
  /** Moving or resizing fires many events: one save once the window has settled. */
  delayMs?: number;
}

/**
 * Saves where the window is, on which display and whether it is maximised: after it settles from
 * a move or resize, and when it closes. A minimised window keeps what it had.
 */
export function trackWindowState({
  window,
  initial,
  displayKeyAt,
  save,
  delayMs = 500,
}: TrackOptions): WindowStateTracking {
  let state = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();

  function saveNow(): void {
    clearTimeout(timer);
    timer = undefined;
    if (window.isMinimized()) return;
    const bounds = window.getNormalBounds();
    state = recordWindow(state, displayKeyAt(bounds), {
      bounds,
      maximized: window.isMaximized(),
    });
    const snapshot = state;
    // One write at a time, in order, so an older state never lands after a newer one.
    saving = saving.then(() =>
      save(snapshot).catch((error: unknown) => console.warn('[window-state]', error)),
    );
  }

  function later(): void {
    clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  }

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    window.on(event, later);
  window.on('close', saveNow);

  return {
    async flush() {
      if (timer !== undefined) saveNow();
      await saving;
    },
  };
}
