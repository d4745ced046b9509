import { existsSync, readFileSync } from 'node:fs';

/** What watching main's thread found: its longest hold by its own work, and the longest gap. */
export interface MainThreadHolds {
  /**
   * The most time main's thread spent running between two turns of its event loop: work that
   * held it (a parse, a copy, a collection) and kept menus and dialogs from answering.
   */
  longestHoldMs: number;
  /**
   * The longest wall-clock time between two turns, which also counts time the thread was ready
   * but waiting for a core: on a loaded machine that, not the app's work, dominates.
   */
  longestGapMs: number;
}

/** This thread's time on a core and waiting for one, in ms (Linux's per-thread schedstat). */
function schedulerTimes(file: string): { ranMs: number; waitedMs: number } {
  const [ran = 0, waited = 0] = readFileSync(file, 'utf8').split(' ').map(Number);
  return { ranMs: ran / 1e6, waitedMs: waited / 1e6 };
}

/**
 * Watches the calling process's main thread with a 1 ms timer: each gap between its ticks is a
 * time the event loop did not turn. On Linux the kernel's per-thread accounting splits the gap
 * into time the thread ran (the app's own work: the hold) and time it waited for a core (the
 * machine's load); elsewhere the hold is the whole gap. Returns a function that stops watching.
 */
export function watchMainThread(): () => MainThreadHolds {
  const file = `/proc/self/task/${process.pid}/schedstat`;
  const split = existsSync(file);
  let longestHoldMs = 0;
  let longestGapMs = 0;
  let last = performance.now();
  let lastTimes = split ? schedulerTimes(file) : { ranMs: 0, waitedMs: 0 };
  const tick = () => {
    const now = performance.now();
    const times = split ? schedulerTimes(file) : { ranMs: 0, waitedMs: 0 };
    const gapMs = now - last;
    const heldMs = split ? times.ranMs - lastTimes.ranMs : gapMs;
    longestGapMs = Math.max(longestGapMs, gapMs);
    longestHoldMs = Math.max(longestHoldMs, Math.min(heldMs, gapMs));
    last = now;
    lastTimes = times;
  };
  const timer = setInterval(tick, 1);
  return () => {
    clearInterval(timer);
    tick();
    return { longestHoldMs, longestGapMs };
  };
}
